using System.Collections.Immutable;
using MyCompany.Plugins.Example.Rules;
using RuleEngine.Sdk;

namespace MyCompany.Plugins.Example;

/// <summary>
/// RV0900 Example: <c>Yes</c> when a sentence of the paper's own text matches the keyword rule, <c>No</c> otherwise.
/// The engine creates one instance and runs it on many papers, possibly at once: keep per-paper state inside
/// the document-start callback, never in fields.
/// </summary>
public sealed class ExampleDetector : VariableDetector
{
    public override VariableDescriptor Variable => ExampleDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [ExampleDescriptors.Keyword];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var rule = new KeywordRule(start.Rules);
            var evidence = new List<Evidence>();
            start.RegisterSentenceAction(sentence =>
            {
                if (start.Document.SectionOf(sentence) is { IsBackMatter: true }) return; // references, acknowledgements, checklists
                if (rule.Inspect(sentence) is { } found) evidence.Add(found);
            });
            start.RegisterDocumentEndAction(end =>
            {
                if (evidence.Count > 0)
                    end.ReportVerdict(Verdicts.Yes, end.Rules.Setting("yesConfidence", 0.9), "the paper matches the keyword rule", evidence.Take(3));
                else
                    end.ReportVerdict(Verdicts.No, end.Rules.Setting("noConfidence", 0.7), "no sentence of the paper's own text matches the keyword rule");
            });
        });
    }
}
