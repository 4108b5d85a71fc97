using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.RandomSeeds;

/// <summary>
/// RV0100 Random Seeds: <c>Yes</c> when the paper reports the value of a random seed of its experiments or
/// the number of seeds, runs, restarts or independent trials its results are aggregated over; <c>No</c>
/// otherwise ("we fix the random seed" without a value, "several runs" without a number, mentions only in
/// the references or a checklist answer).
/// </summary>
public sealed class RandomSeedsDetector : VariableDetector
{
    public override VariableDescriptor Variable => RandomSeedsDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        RandomSeedsDescriptors.SeedValue,
        RandomSeedsDescriptors.RepeatedRuns,
    ];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var state = new RandomSeedsEvidence(start.Document, start.Rules);
            start.RegisterSentenceAction(state.OnSentence);
            start.RegisterDocumentEndAction(end => end.ReportVerdict(state.Decide()));
        });
    }
}
