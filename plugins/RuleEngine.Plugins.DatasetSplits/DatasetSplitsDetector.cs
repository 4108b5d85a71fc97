using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.DatasetSplits;

/// <summary>
/// RV0006 Dataset Splits: Yes when the paper gives what is needed to reproduce its train/validation/test
/// partition — percentages, per-split counts, k-fold or leave-one-out cross-validation, a cited predefined
/// or named standard benchmark split, a temporal split, or a table of split sizes.
/// </summary>
public sealed class DatasetSplitsDetector : VariableDetector
{
    public override VariableDescriptor Variable => DatasetSplitsDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        DatasetSplitsDescriptors.SplitRatio,
        DatasetSplitsDescriptors.SplitCounts,
        DatasetSplitsDescriptors.CrossValidation,
        DatasetSplitsDescriptors.StandardSplit,
        DatasetSplitsDescriptors.TemporalSplit,
        DatasetSplitsDescriptors.SplitTable,
        DatasetSplitsDescriptors.GroupSplit,
    ];

    public override void Initialize(AnalysisContext context)
    {
        var rules = new DatasetSplitsRules(context.Rules);
        context.RegisterDocumentStartAction(start =>
        {
            var state = new DatasetSplitsEvidence(start.Document, rules);
            start.RegisterSentenceAction(state.OnSentence);
            start.RegisterFloatAction(state.OnFloat);
            start.RegisterDocumentEndAction(end => end.ReportVerdict(state.Decide()));
        });
    }
}
