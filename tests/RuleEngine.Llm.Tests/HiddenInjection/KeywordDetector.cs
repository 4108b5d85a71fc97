using System.Collections.Concurrent;
using System.Collections.Immutable;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Tests.HiddenInjection;

/// <summary>
/// A heuristic stand-in: <paramref name="yes"/> when a sentence contains <paramref name="keyword"/> (quoting it),
/// <paramref name="no"/> otherwise, at a confidence low enough for the fallback; records every sentence it is shown.
/// </summary>
public sealed class KeywordDetector(VariableDescriptor variable, string keyword, string yes, string no, ConcurrentBag<string> sentencesSeen) : VariableDetector
{
    public override VariableDescriptor Variable => variable;
    public override ImmutableArray<RuleDescriptor> SupportedRules => [];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        var hits = new List<Sentence>();
        start.RegisterSentenceAction(sentence =>
        {
            sentencesSeen.Add(sentence.Text);
            if (sentence.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase)) hits.Add(sentence);
        });
        start.RegisterDocumentEndAction(end =>
        {
            if (hits.Count > 0) end.ReportVerdict(yes, 0.5, $"a sentence mentions {keyword}", hits.Select(h => Evidence.FromSentence(h, variable.Id + ".keyword")));
            else end.ReportVerdict(no, 0.5, $"no sentence mentions {keyword}");
        });
    });
}
