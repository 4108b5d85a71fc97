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
}
