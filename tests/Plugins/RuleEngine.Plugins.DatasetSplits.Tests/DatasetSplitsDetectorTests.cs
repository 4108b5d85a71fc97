using RuleEngine.Testing;

namespace RuleEngine.Plugins.DatasetSplits.Tests;

/// <summary>Worked cases of the specification for RV0006 Dataset Splits, one group per rule.</summary>
public sealed class DatasetSplitsDetectorTests
{
    [Fact]
    public void Standard_test_set_of_cifar10_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            We use the standard {|RV0006.standard-split:test set|} of CIFAR-10.
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Bare_standard_split_is_no() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            We use a standard split.
            """, "No");

    [Fact]
    public void Percentages_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-ratio:We split the dataset randomly into two parts: 90% is for training, while the rest 10% is for testing.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Per_split_counts_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-counts:This dataset contains approximately 42K training, 4.6K validation and 4.6K testing sentences.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Private_data_with_exact_test_size_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-counts:The test data set is of size 500.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void K_fold_cross_validation_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.cross-validation:We report the mean 10-fold cross validation accuracy.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Cited_predefined_split_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.standard-split:We use the exact split as in Snelson and Ghahramani (2006).|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Chronological_split_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.temporal-split:All datasets are split chronologically into training, validation, and testing sets.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Vague_split_is_no() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            We split the data appropriately into training and test sets.
            """, "No");

    [Fact]
    public void Contributions_two_fold_is_no() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            1 Introduction
            Our contributions are two-fold.
            """, "No");

    [Fact]
    public void Counts_held_out_as_a_named_split_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-counts:We utilize 100 labeled data in the target language and target domain as the validation set, which is used for model selection.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Counts_shared_by_both_splits_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-counts:There are a training set and a test set for each domain and both consist of 1,000 positive reviews and 1,000 negative reviews.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Counts_with_a_space_between_thousands_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.split-counts:Training set T1 had 55 000 samples, and validation T2 had 5 000 samples.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Order_preserving_incremental_split_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            {|RV0006.temporal-split:We split the sequence of messages into batches b1, . . . , bl of k adjacent messages each, preserving the order of arrival.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Using_gpus_for_training_is_not_a_split() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            4 Experiments
            We used 8 NVIDIA V100 GPUs in our lab as the training hardware for all models.
            """, "No");
}
