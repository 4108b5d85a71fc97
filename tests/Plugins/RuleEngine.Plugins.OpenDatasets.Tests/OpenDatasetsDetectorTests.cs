using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenDatasets.Tests;

/// <summary>Worked cases of the specification for RV0005 Open Datasets, one group per rule.</summary>
public sealed class OpenDatasetsDetectorTests
{
    [Fact]
    public void Cifar10_with_citation_is_yes() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            {|RV0005.known-benchmark:We evaluate on CIFAR-10 (Krizhevsky, 2009).|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Libsvm_benchmarks_named_bare_are_yes() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            {|RV0005.known-benchmark:We consider five datasets: news20, covtype, rcv1, webspam, and kddb.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Dataset_with_author_year_citation_is_yes() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            {|RV0005.dataset-citation:We use the Foo Review dataset (Smith and Jones, 2015) for the first task.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Dataset_url_is_yes() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            {|RV0005.dataset-url:The data are taken from https://archive.ics.uci.edu/ml/datasets/Multiple+Features.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Named_repository_is_yes() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            {|RV0005.data-repository:Four of the data sets are taken from the UCI machine learning repository.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Proprietary_data_only_is_no() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            We train on proprietary click logs collected from our production system.
            """, "No");

    [Fact]
    public void Synthetic_data_only_is_no() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            We generate synthetic data from a Gaussian mixture with ten components.
            """, "No");

    [Fact]
    public void Publicly_available_data_without_saying_which_is_no() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            We use publicly available data for all experiments.
            """, "No");

    [Fact]
    public void Theory_paper_is_no() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            3 Main Result
            We prove that the regret is bounded by the square root of T.
            """, "No");

    [Fact]
    public void Domains_of_the_uci_repository_are_public_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            We have performed comparisons with 10 folds stratified cross-validation on 16 domains of the {|RV0005.data-repository:UCI repository|} (Bache & Lichman, 2013) of varying size.
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_shortened_link_to_code_is_not_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            4 Experiments
            We generated noisy observations from the simple ODE model with a sample size of 20.
            Our code can be downloaded from http://tinyurl.com/abc123x.
            """, "No");

    [Fact]
    public void A_classic_control_task_with_its_citation_is_a_public_benchmark() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5.4 Mountain Car Experiment
            To demonstrate the importance of multi-step models, we performed a comparison on the {|RV0005.known-benchmark:mountain car|} task (Sutton & Barto, 1998).
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_benchmark_library_named_in_the_results_is_public_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            6 Numerical Results
            We compare the objective values achieved by both methods on problems from {|RV0005.known-benchmark:QAPLIB|} (Burkard et al., 1997).
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    // an ambiguous benchmark name used as something else: a method, a cloud service, a biological molecule, a disease
    [InlineData("Algorithm 1 Graph-Truncated Power Method")]
    [InlineData("We run the experiments in an 8 core cloud computing environment on Amazon EC2.")]
    [InlineData("Among its many tasks are the regulation of inflammation, repair of DNA, and the breakdown of waste proteins.")]
    [InlineData("Most patients in our cohort were diagnosed with leukemia, lymphoma or other hematologic malignancies.")]
    // the DELVE repository is not the verb
    [InlineData("The following paragraphs delve into the details of Algorithm 2.")]
    // bare "data" beside a common word is no data word for it
    [InlineData("This algorithm was proposed by Choong to cope originally with missing observations in DNA microarray data.")]
    public void Ambiguous_names_in_other_senses_are_not_public_data(string sentence) =>
        DetectorTest<OpenDatasetsDetector>.Verify("5 Experiments\n" + sentence, "No");

    [Theory]
    [InlineData("We evaluate on a subset of the {|RV0005.known-benchmark:Facebook|} graph.")]
    [InlineData("We evaluate the stability results on two benchmark tasks: {|RV0005.known-benchmark:mountain car|} and inverted pendulum.")]
    [InlineData("We run the experiment on the {|RV0005.known-benchmark:DBLP|} dataset of BibTeX entries.")]
    [InlineData("We use the {|RV0005.known-benchmark:leukemia|} data set of Golub et al.")]
    public void Ambiguous_names_beside_a_data_word_are_public_benchmarks(string sentence) =>
        DetectorTest<OpenDatasetsDetector>.Verify("5 Experiments\n" + sentence, "Yes", allowUnmarkedEvidence: true);
}
