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

    public static readonly RuleDescriptor SplitRatio = new(
        id: "RV0006.split-ratio",
        title: "Split percentages or ratios",
        description: "Exact proportions of the partition: \"80/10/10\", \"90% for training\", \"split 9:1\", \"4/5 as the training set\".");

    public static readonly RuleDescriptor SplitCounts = new(
        id: "RV0006.split-counts",
        title: "Per-split counts",
        description: "The size of each split: \"60,000 training and 10,000 test images\", \"5,000 for validation\", \"the test set is of size 500\".");

    public static readonly RuleDescriptor CrossValidation = new(
        id: "RV0006.cross-validation",
        title: "k-fold or leave-one-out cross-validation",
        description: "A cross-validation protocol with its number of folds, or leave-one-out.");

    public static readonly RuleDescriptor StandardSplit = new(
        id: "RV0006.standard-split",
        title: "Predefined or standard benchmark split",
        description: "A predefined split with a citation, provided split files, or a named split of a well-known benchmark (\"the ImageNet validation set\").");

    public static readonly RuleDescriptor TemporalSplit = new(
        id: "RV0006.temporal-split",
        title: "Temporal or chronological split",
        description: "A split by time: \"split chronologically\", \"the last two weeks are used as testing data\".");

    public static readonly RuleDescriptor SplitTable = new(
        id: "RV0006.split-table",
        title: "Table of split sizes",
        description: "A table whose caption or header gives per-split sizes (Train / Validation / Test columns).");

    public static readonly RuleDescriptor GroupSplit = new(
        id: "RV0006.group-split",
        title: "Train and test sides named or counted by group",
        description: "A split by domain, object set, task, scene or subject with each side named or counted: \"trained on three domains and tested on the remaining one\", \"trained with EGAD objects and tested with YCB objects\".");
}
