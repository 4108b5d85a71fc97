using RuleEngine.Testing;

namespace RuleEngine.Plugins.DatasetSplits.Tests;

/// <summary>
/// The split-statement construction (RV0006.split-ratio, RV0006.split-counts): a split noun with an attached
/// proportion or count, in many phrasings none of which is a dev-set sentence, and the near-misses that
/// merely put a number near "train" or "test".
/// </summary>
public sealed class SplitStatementTests
{
    [Theory]
    [InlineData("We randomly split the utterances into training (75%), development (5%) and evaluation (20%).")]
    [InlineData("The corpus was divided into a 0.75/0.05/0.2 partition.")]
    [InlineData("Two thirds of the patients were used for training and the remainder for testing.")]
    [InlineData("We keep 85 % of the trajectories for training and the others for validation.")]
    [InlineData("The records are partitioned 7:2:1 into train, validation and test sets.")]
    [InlineData("We randomly split the dataset into training (83%), known-operators testing (10%), and unknown-operators testing (7%) sets.")]
    [InlineData("The validation set comprises 10 percent of the original training images.")]
    public void Proportions_attached_to_split_nouns_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.split-ratio:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("Among them, 101966 pairs of images are used for training and the others are used for testing.")]
    [InlineData("For each robot we collect 1,200 training trajectories and 300 test trajectories.")]
    [InlineData("The generated benchmark has 5000 training instances, 500 validation instances and 1000 test instances.")]
    [InlineData("A validation set of 2,000 sentences is held out.")]
    [InlineData("ML10 has ten training tasks and five held-out test tasks.")]
    public void Counts_attached_to_split_nouns_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.split-counts:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We used 10 iterations for training and tested 20 and 40 iterations for attacking.")]
    [InlineData("Lemma 14 Suppose the training data is p-orthogonal.")]
    [InlineData("Only 10% of the parameters are updated during training.")]
    [InlineData("Training takes 12 hours on our machine and testing 20 minutes.")]
    [InlineData("The model reaches a test accuracy of 95% and a training accuracy of 99%.")]
    [InlineData("We train a 4-layer network with 256 hidden units on the training data.")]
    [InlineData("Theorem 3 bounds the test error of the estimator.")]
    [InlineData("The training curves of Figure 2 show 30% faster convergence.")]
    [InlineData("We evaluate each policy for 50 test episodes.")]
    [InlineData("The resulting speedups are about 20-fold and 115-fold faster, respectively.")]
    [InlineData("Bryant and Sudderth incorporated split-merge moves (Jain & Neal, 2004) into the sampler.")]
    [InlineData("Let S = (Xi, Yi)ni=1 be the training sample and L > 0 a given constant.")]
    [InlineData("There are 10 episodes for each test, and 10 points on each line in the figures.")]
    [InlineData("We further blur the training images with 5% white noise.")]
    [InlineData("We separate the full training set into two separate training sets by macro-class.")]
    public void A_number_near_a_split_word_is_not_a_split(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");
}

/// <summary>The cited-split construction of RV0006.standard-split: a split scheme taken from a citation.</summary>
public sealed class CitedSplitSchemeTests
{
    [Theory]
    [InlineData("We evaluate on the benchmark introduced by Hahn et al. [1] and follow their evaluation protocol and folds.")]
    [InlineData("We follow the common evaluation protocol (Liu et al., 2019) for the long-tailed benchmarks.")]
    [InlineData("Following Garcia and Bruna (2018), we use the same splits of the miniImageNet classes.")]
    [InlineData("For all graphs we adopt the public data splits released by Shchur et al. (2018).")]
    public void A_split_scheme_followed_from_a_citation_is_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.standard-split:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We use a standard split.")]
    [InlineData("We follow the training protocol of prior work and report the mean of five runs.")]
    [InlineData("Our integrator follows Split Hamiltonian Monte Carlo (Shahbaba et al., 2014).")]
    [InlineData("The node splits follow the Gini criterion (Breiman et al., 1984).")]
    public void A_citation_without_a_data_split_scheme_is_no(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");

    [Theory]
    [InlineData("In our reported results, we use the predefined splits of Flickr8k.")]
    [InlineData("For reproducibility we adopt the train/test splits provided by Mulan and LIBSVM.")]
    public void A_named_source_split_is_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.standard-split:{{sentence}}|}
            """, "Yes");
}

/// <summary>Cross-validation needs a validation context: a "k-fold" speed-up is not a protocol.</summary>
public sealed class FoldCountTests
{
    [Theory]
    [InlineData("We evaluate via 10 folds cross-validation the accuracy of each classifier.")]
    [InlineData("Figure 2 shows the average test log-likelihood over 5 cross-validation folds.")]
    public void Fold_counts_in_a_validation_sentence_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.cross-validation:{{sentence}}|}
            """, "Yes");
}
