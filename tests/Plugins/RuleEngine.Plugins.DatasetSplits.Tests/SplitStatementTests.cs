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

/// <summary>
/// Partition constructions beyond one noun with one quantity: sizes listed slash for slash against split names, a count
/// of any plural noun beside a second split or a complement, and a partition told as a whole. Phrasings are modelled on
/// papers outside the dev set (ICML 2014–16 and other PMLR volumes), reworded.
/// </summary>
public sealed class PartitionConstructionTests
{
    [Theory]
    [InlineData("There are 141,397/46,769/84,968 sentences in the training/validation/test sets.")]
    [InlineData("The train/test sets hold 40,000/10,000 queries.")]
    [InlineData("We use the training/testing split of 8000/2000 reviews.")]
    public void Sizes_listed_against_split_names_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.split-counts:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We hold out 54 individuals for testing and use the rest for training.", "54 individuals for testing")]
    [InlineData("In every run the same 93 stores are used for training and 14 stores for validation.", "93 stores are used for training and 14 stores for validation")]
    public void A_count_of_any_units_beside_a_second_split_is_yes(string sentence, string span) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {{sentence.Replace(span, "{|RV0006.split-counts:" + span + "|}")}}
            """, "Yes");

    [Theory]
    [InlineData("For hold-out validation the training set is split in two parts, one for fitting and one for validation (80% and 20%, respectively)")]
    [InlineData("Each document is shuffled and split into training and testing portions, with 50% of the tokens assigned to each portion")]
    [InlineData("Additionally, we created a development set by randomly selecting 5% of the training set sentences")]
    public void A_partition_told_as_a_whole_is_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.split-ratio:{{sentence}}|}.
            """, "Yes");

    [Theory]
    [InlineData("The holdout set contained 12000 samples, of which 8400 were used for the private leaderboard.", "holdout set contained 12000", "RV0006.split-counts")]
    [InlineData("Hyperparameters were chosen by three-way cross-validation on the training networks.", "three-way cross-validation", "RV0006.cross-validation")]
    [InlineData("We report tenfold cross-validation accuracy on each data set.", "tenfold cross", "RV0006.cross-validation")]
    [InlineData("Model orders are selected with a time-series cross-validation procedure.", "time-series cross-validation", "RV0006.temporal-split")]
    [InlineData("The training set contains all points before time t and the test set all points after t.", "training set contains all points before time", "RV0006.temporal-split")]
    [InlineData("Each patient's visit sequence is split at the time stamp when half of the visits are observed.", "split at the time stamp", "RV0006.temporal-split")]
    public void Held_out_sizes_folds_and_time_partitions_in_other_words_are_yes(string sentence, string span, string rule) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {{sentence.Replace(span, "{|" + rule + ":" + span + "|}")}}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("We generate 100 samples for each of 250 test functions and report the regret.")]
    [InlineData("Twenty biomarkers (10 test and 10 control) were measured across 686 individuals.")]
    [InlineData("For every point we compute the minimum leave-one-out inradius of the sample.")]
    [InlineData("The algorithm aggregates and splits states via hypothesis testing (Jong & Stone, 2005).")]
    [InlineData("We split the data into training and test sets and report 95% confidence intervals.")]
    [InlineData("We use 5 GPUs for training and 1 GPU for testing.")]
    public void Near_misses_are_no(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void Someone_elses_split_in_the_introduction_is_no() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            1 Introduction
            In image classification most object classes have fewer than 200 training examples.
            A common approach splits the sample set into two sets A and B of 500 points each for training and testing.
            2 Method
            Our estimator is defined as follows.
            """, "No");

    [Fact]
    public void The_authors_own_split_in_the_introduction_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            1 Introduction
            {|RV0006.split-ratio:We hold out 20% of the users for testing|} and train on the rest.
            """, "Yes");
}

/// <summary>Partitions by group and named benchmark splits outside the lexicon; sizes that are not partitions.</summary>
public sealed class GroupAndNamedSplitTests
{
    [Theory]
    [InlineData("The model is trained on three domains and tested on the remaining one.")]
    [InlineData("Policies trained with EGAD objects are then tested with YCB objects.")]
    [InlineData("We train on 40 subjects and evaluate on the remaining subjects.")]
    [InlineData("The classifier is trained on two hospitals and evaluated on the other hospital.")]
    public void Train_and_test_sides_named_or_counted_by_group_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.group-split:{{sentence.TrimEnd('.')}}|}.
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Ablation studies are run on the Argoverse validation set.", "Argoverse validation set")]
    [InlineData("We report results on the PACS test split.", "PACS test split")]
    public void The_split_of_a_named_data_set_is_yes(string sentence, string span) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {{sentence.Replace(span, "{|RV0006.standard-split:" + span + "|}")}}
            """, "Yes");

    [Theory]
    [InlineData("We train on five environments and evaluate on the same environments.")]
    [InlineData("The network is trained with Adam and evaluated with early stopping.")]
    [InlineData("We report accuracy on the OOD test set.")]
    [InlineData("We run the sampler on each example with 50,000 training points.")]
    [InlineData("MNIST contains 10 classes of 784-dimensional training samples with 7000 samples for each class.")]
    [InlineData("The average accuracies of joint training of the nine tasks are 85.3% and 99.7%, respectively.")]
    [InlineData("We then set up a test set of 20 random initial configurations of each task and average over 3 seeds.")]
    public void Sizes_and_sides_that_are_not_partitions_are_no(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void Sizes_given_respectively_for_named_splits_are_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            5 Experiments
            {|RV0006.split-counts:We then randomly sampled five pairs of training and test sets from the remaining data, respectively consisting of 300 and 5,000 samples|}.
            """, "Yes");

    [Fact]
    public void A_glued_split_noun_with_a_share_is_yes() =>
        DetectorTest<DatasetSplitsDetector>.Verify("""
            5 Experiments
            For each corpus the {|RV0006.split-ratio:trainset that contains 70%|} of the snippets is used to fit the model.
            """, "Yes");
}

/// <summary>
/// Session-6 classes read off a fresh blind batch (COLT 2022, CLeaR 2023, ML4H 2023), each written with reworded phrasings:
/// members that "form" or "make up" a split, the size of a set counted in any noun, splits "provided in" cited papers — and
/// the near-misses: test problems of numerical analysis and feature windows cut out by time.
/// </summary>
public sealed class MembershipAndSetSizeTests
{
    [Theory]
    [InlineData("The first 80 interventions form the training set, and the last 20 form the test set.", "80 interventions form the training set")]
    [InlineData("The earliest 300 sessions make up the training set and the remaining 100 sessions the test set.", "300 sessions make up the training set")]
    [InlineData("Here 40 randomly drawn graphs constitute the validation set and the rest the training set.", "40 randomly drawn graphs constitute the validation set")]
    public void Members_that_form_a_split_are_yes(string sentence, string span) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {{sentence.Replace(span, "{|RV0006.split-counts:" + span + "|}")}}
            """, "Yes");

    [Theory]
    [InlineData("We randomly generate a test set of 12 DAGs with 5 variables.")]
    [InlineData("A held-out set of 250 circuits is kept aside for the final evaluation.")]
    public void The_size_of_a_split_set_in_any_noun_is_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.split-counts:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("The patient splits are provided in the corresponding benchmark papers: (Smith et al., 2019) for the first cohort and (Lee et al., 2021) for the second.")]
    [InlineData("The train and test splits are those given in the original benchmark paper (Chen and Wu, 2020).")]
    public void Splits_given_in_a_cited_paper_are_yes(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($$"""
            5 Experiments
            {|RV0006.standard-split:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("Figure 1: left: the cube matrix (Higham, 2002); middle, right: two test matrices given in (Davis et al., 2011, Section 4).")]
    [InlineData("We compare both solvers on three test matrices from the literature.")]
    [InlineData("The input vector stacks delayed copies of each variable cut out by time window of width 5.")]
    [InlineData("Each recording is split by time step into 20 overlapping frames.")]
    public void Test_problems_and_time_windows_are_no(string sentence) =>
        DetectorTest<DatasetSplitsDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");
}
