using System.Collections.Immutable;
using RuleEngine.Plugins.Pseudocode.Rules;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.Pseudocode;

/// <summary>
/// RV0003 Pseudocode: <c>Yes</c> when the paper contains a structured, step-by-step algorithm block — an
/// algorithm float, lines laid out like pseudocode, numbered algorithm steps or a code listing — in the
/// main text or appendix; <c>No</c> when only prose and equations (or others' algorithms) are found.
/// </summary>
public sealed class PseudocodeDetector : VariableDetector
{
    public override VariableDescriptor Variable => PseudocodeDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        PseudocodeDescriptors.AlgorithmFloat,
        PseudocodeDescriptors.AlgorithmicLines,
        PseudocodeDescriptors.NumberedSteps,
        PseudocodeDescriptors.CodeListing,
        PseudocodeDescriptors.AlgorithmReference,
    ];

    public override void Initialize(AnalysisContext context)
    {
        // Rules are immutable (compiled patterns): built once, shared by all papers.
        var rules = context.Rules;
        var classifier = new PseudocodeLineClassifier(rules);
        var floatRule = new AlgorithmFloatRule(rules);
        var linesRule = new AlgorithmicLinesRule(rules);
        var stepsRule = new NumberedStepsRule(rules);
        var listingRule = new CodeListingRule(rules);
        var referenceRule = new AlgorithmReferenceRule(rules);
        context.RegisterDocumentStartAction(start =>
        {
            var document = start.Document;
            var floats = new List<Evidence>();
            var references = new List<Evidence>();

            start.RegisterFloatAction(f =>
            {
                if (floatRule.Inspect(document, f) is { } a) floats.Add(a);
                if (listingRule.Inspect(document, f) is { } l) floats.Add(l);
            });
            start.RegisterSentenceAction(sentence =>
            {
                if (references.Count >= 5 || document.IsBackMatter(sentence.Span.Start)) return;
                if (referenceRule.Inspect(sentence, document) is { } r) references.Add(r);
            });
            start.RegisterDocumentEndAction(end =>
            {
                // Captions, pseudocode lines and code lines never look like reference entries, and an appendix heading the
                // builder missed would hide appendix algorithms inside "References": the layout rules look everywhere.
                var captions = floatRule.FindCaptionLines(document, classifier).ToList();
                var corroborated = captions.Where(c => c.Corroborated).Select(c => c.Evidence).ToList();
                var clusters = linesRule.Find(document, classifier);
                var listings = listingRule.Find(document).ToList();
                var steps = stepsRule.Find(document);

                var evidence = new List<Evidence>();
                evidence.AddRange(floats.Take(2));
                evidence.AddRange(corroborated.Take(2 - Math.Min(2, evidence.Count)));
                string? why = null;
                double confidence = 0;

                if (floats.Count > 0 || corroborated.Count > 0)
                {
                    why = $"algorithm float ({floats.Count + corroborated.Count} found) with algorithmic lines";
                    confidence = 0.97;
                    if (clusters.Count > 0) evidence.Add(clusters[0].Evidence);
                }
                else if (clusters.Count > 0)
                {
                    evidence.AddRange(clusters.OrderByDescending(c => c.Size).Take(2).Select(c => c.Evidence));
                    evidence.AddRange(captions.Take(1).Select(c => c.Evidence));
                    var size = clusters.Max(c => c.Size);
                    confidence = captions.Count > 0 || references.Count > 0 ? 0.93 : size >= 8 ? 0.85 : 0.75;
                    why = $"lines laid out as pseudocode ({clusters.Count} block(s), largest {size} lines)";
                }
                else if (captions.Count > 0)
                {
                    evidence.AddRange(captions.Take(2).Select(c => c.Evidence));
                    confidence = references.Count > 0 ? 0.85 : 0.75;
                    why = "algorithm caption (its lines were not recognised as pseudocode)";
                }
                else if (listings.Count > 0)
                {
                    evidence.AddRange(listings.Take(2).Select(l => l.Evidence));
                    confidence = listings.Any(l => l.Caption) ? 0.85 : 0.7;
                    why = listings.Any(l => l.Caption) ? "code listing" : "lines of program code";
                }
                else if (steps is not null)
                {
                    evidence.Add(steps);
                    confidence = 0.65;
                    why = "numbered algorithm steps";
                }
                else if (references.Count > 0)
                {
                    evidence.AddRange(references.Take(2));
                    confidence = references.Count >= 2 ? 0.7 : 0.6;
                    why = "the text refers to the paper's own algorithm block, which was not located";
                }

                if (why is not null)
                {
                    if (references.Count > 0 && evidence.Count < 3 && !evidence.Contains(references[0])) evidence.Add(references[0]);
                    end.ReportVerdict(DetectorVerdict.Of(Verdicts.Yes, confidence, why, evidence));
                    return;
                }
                end.ReportVerdict(DetectorVerdict.Of(Verdicts.No, 0.85,
                    "no algorithm/procedure/pseudocode float, no lines laid out as pseudocode (numbered lines, Input:/Output:, for/while/return), no numbered algorithm steps, no code listing"));
            });
        });
    }
}
