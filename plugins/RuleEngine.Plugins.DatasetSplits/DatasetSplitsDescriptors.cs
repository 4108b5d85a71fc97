using RuleEngine.Sdk;

namespace RuleEngine.Plugins.DatasetSplits;

/// <summary>The descriptors of RV0006 (Dataset Splits): the variable and each of its rules (IDs are stable).</summary>
public static class DatasetSplitsDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0006",
        key: "DatasetSplits",
        title: "Dataset Splits",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper gives what is needed to reproduce the train/validation/test partition: percentages or counts, cited predefined splits, k-fold or leave-one-out cross-validation, or a well-defined standard benchmark split.""");
}
