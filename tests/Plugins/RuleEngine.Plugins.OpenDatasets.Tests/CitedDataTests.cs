using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenDatasets.Tests;

/// <summary>
/// RV0005.cited-data, the construction "dataset use": a data noun with a citation attached, in the paper's own
/// voice. Phrasings from ACML, CoRL, L4DC, COLT and ICML papers (none from the dev set), and the near-misses
/// that must stay silent: results shown by others, methods with "data-" in their name, simulators, comparisons.
/// </summary>
public sealed class CitedDataTests
{
    [Theory]
    [InlineData("We evaluate image-goal navigation policies on the {|RV0005.cited-data:benchmark introduced by Hahn et al. [1]|}.")]
    [InlineData("The reference motions (using motion capture {|RV0005.cited-data:data from a real dog [7]|}) are retargeted to the robot.")]
    [InlineData("We tested our findings in a modified multiagent particle {|RV0005.cited-data:environment3 (Lowe et al., 2017)|}.")]
    [InlineData("We evaluate and analyze our proposed method on the {|RV0005.cited-data:CausalWorld [64]|}.")]
    [InlineData("We evaluated our solver on a suite of 34 {|RV0005.cited-data:benchmark problems [Si et al., 2018]|}.")]
    [InlineData("We test our proposals on the actual power pump failure {|RV0005.cited-data:data analyzed in George et al. (1993)|}.")]
    [InlineData("We use real-world {|RV0005.cited-data:data of traffic flowing through several single intersections in Hangzhou, China (provided in TSCC (2019)|}).")]
    [InlineData("We now evaluate our boost strategy on time series from the {|RV0005.cited-data:M3 (Makridakis and Hibon, 2000)|} forecasting competition.")]
    // a strong source link right before a narrative citation, however long the data phrase
    [InlineData("We used microarray {|RV0005.cited-data:data pertaining to isoprenoid biosynthesis in Arabidopsis thaliana (A. thaliana) provided by Wille et al. (2004)|}.")]
    [InlineData("We apply our method to the galaxy {|RV0005.cited-data:dataset, with n = 82 observations, that was also used in Favaro & Teh (2013)|}.")]
    // a data set noun heading the phrase the citation closes, in a sentence where the authors use it
    [InlineData("We consider a {|RV0005.cited-data:dataset of the expression levels of N = 100 genes measured at D = 24 time points (Kao et al., 2004)|}.")]
    // a narrative citation set inside parentheses, as natbib's \citet in brackets prints it
    [InlineData("We also test the method on the {|RV0005.cited-data:Kaggle-free ocean dataset (Tran et al. (2017))|}, a common benchmark of real measurements.")]
    [InlineData("We evaluate on {|RV0005.cited-data:FUNSD (Jaume et al. (2019)|}: this dataset consists of scanned forms.")]
    public void A_data_noun_with_a_citation_attached_is_public_data(string sentence) =>
        DetectorTest<OpenDatasetsDetector>.Verify("5 Experiments\n" + sentence, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Named_data_sets_listed_with_an_attribution_are_public_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            We conduct extensive experiments on three public {|RV0005.cited-data:datasets: RetailRocket, Yoochoose and Jdata|}, which are widely used in the field (Chen and Wong, 2020).
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_lower_case_bibliography_key_after_a_data_noun_is_a_citation() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            We use an open real {|RV0005.cited-data:dataset (data, 2020)|} from one of the company's factories.
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    // a result others showed
    [InlineData("We note that a similar result for data coming from a Gaussian mixture has been shown by Muthukumar et al. (2021).")]
    // "data-driven" is no data noun
    [InlineData("In this paper, we extend the data-driven stochastic predictive scheme proposed by Pan et al. (2022a).")]
    // the citation is the subject, across a comma
    [InlineData("To make use of expert demonstrations, DDPGfD [3] proposes a mechanism which adds the demonstration data into the replay buffer.")]
    // others' data as a yardstick
    [InlineData("Our test environment is larger than the benchmark problems in [Doshi and Perez, 2008].")]
    // bare "data" without a source link
    [InlineData("Some statisticians recommend increasing the number of clusters when dealing with noisy data (Garcia-Escudero and Gordaliza, 1999).")]
    // a data noun that modifies something else
    [InlineData("We use the data processing inequality (Cover and Thomas, 2006) to bound the mutual information.")]
    // a simulator builds the authors' own data
    [InlineData("We collect circular flight trajectories of 6 drones in the Pybullet Drones environment (Panerati et al., 2021).")]
    [InlineData("We collect trajectories of position and heading from the CARLA simulator (Dosovitskiy et al., 2017).")]
    // a model built on data, a cross-reference, a graph in a proof
    [InlineData("The evaluation trajectories are generated from the bird migration model introduced in Sheldon et al. (2013).")]
    [InlineData("Note that the disturbance can also be estimated from output data, cf. (Pan et al., 2022b) for details.")]
    [InlineData("If both are consistent, then we apply Lemma 2 on G[1,3] and on G[4,6].")]
    // benchmarks in the sense of baselines; examples
    [InlineData("We compare our algorithm to 3 benchmarks: GREEDY and MLE from (Netrapalli and Sanghavi, 2012) and LASSO.")]
    [InlineData("This can refer for instance to the accuracy of different classifiers on multiple data sets (Demsar, 2006).")]
    // the phrase the citation closes is headed by a method, or the data is the authors' own
    [InlineData("We evaluate on a dataset of our own and compare with the approach of (Smith et al., 2019).")]
    [InlineData("We use data generated by the simulator of Smith et al. (2019).")]
    // the data belongs to a standard, format or model the citation names
    [InlineData("The records we use are stored in the OMOP Common Data Model, an open data standard for storing health records data (Hripcsak et al., 2015).")]
    [InlineData("We convert every trace to the XES format for exchanging event log data (Gunther and Verbeek, 2014).")]
    // a disease named in a title is no dataset
    [InlineData("4. EchoNet: A Tool for Structural Heart Disease Detection by two authors from the Department of Biomedical Informatics")]
    public void Near_misses_are_not_public_data(string sentence) =>
        DetectorTest<OpenDatasetsDetector>.Verify("5 Experiments\n" + sentence, "No");

    [Fact]
    public void Data_cited_in_related_work_without_the_authors_using_it_is_not_public_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            2 Related Work
            Prior methods were evaluated on the Foo benchmark (Smith et al., 2019) and on data from a hospital (Lee, 2020).
            """, "No");

    [Fact]
    public void A_data_sentence_with_a_spaced_footnote_mark_takes_the_numbered_footnote_url() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            {|RV0005.dataset-url:We used the Foo Air dataset, a public air quality dataset that comes from the Foo Challenge 2018 1.|}
            {|RV0005.dataset-url:1. http://www.example.org/foo2018/|}
            """, "Yes");

    [Fact]
    public void A_label_number_at_the_end_of_a_data_sentence_is_not_a_footnote_mark() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            The statistics of our collected data are given in Table 1.
            2. http://www.example.org/tool
            """, "No");

    [Fact]
    public void A_data_availability_statement_counts_in_a_footnote_of_the_introduction() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            1 Introduction
            {|RV0005.dataset-url:The datasets generated during the current study are available in the ETH Research Collection repository, https://doi.org/10.3929/ethz-b-000611670.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_service_url_beside_data_in_the_introduction_is_not_public_data() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            1 Introduction
            Crowdsourcing marketplaces, e.g., Amazon MTurk (http://www.mturk.com/), provide a cheap way of collecting large supervised datasets.
            """, "No");

    [Fact]
    public void A_footnote_mark_after_a_closing_parenthesis_takes_the_numbered_footnote_url() =>
        DetectorTest<OpenDatasetsDetector>.Verify("""
            5 Experiments
            {|RV0005.dataset-url:Data: We used the health records from the National Health Survey (NHS).3|}
            {|RV0005.dataset-url:3 https://www.example.gov/nhs/|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("We also evaluated our sampler on real-world flow cytometry data (Sachs et al., 2005).", "data (Sachs et al., 2005)")]
    [InlineData("We then apply the model to ocean temperature records (Smith & Jones, 2011).", "records (Smith & Jones, 2011)")]
    [InlineData("The real data we use is the word2vec dataset, a word embedding dataset released by Google (Mikolov et al., 2013a;b).", "dataset released by Google (Mikolov et al., 2013a;b)")]
    [InlineData("We run all methods on real-world datasets on wine preferences (Kamishima, 2003).", "datasets on wine preferences (Kamishima, 2003)")]
    public void Data_right_before_its_citation_in_a_sentence_of_own_use_is_yes(string sentence, string span) =>
        DetectorTest<OpenDatasetsDetector>.Verify($$"""
            5 Experiments
            {{sentence.Replace(span, "{|RV0005.cited-data:" + span + "|}")}}
            """, "Yes");

    [Theory]
    [InlineData("5 Experiments", "We provide our code for data generation, the method and comparisons at https://github.com/someone/reservoir.")]
    [InlineData("5 Experiments", "This metric is used for image similarity, navigating image databases and so on [37, 38, 39].")]
    [InlineData("5 Experiments", "Discrete spikes enable communication of continuous state variables over long distances in noisy environments [9].")]
    [InlineData("6 Discussion", "When trained on datasets with low visual complexity (e.g., MNIST), these methods find semantic features.")]
    [InlineData("5 Experiments", "Figure 2: Environments for the (a) Van-der-Pol oscillator and the (b) Lorenz-63 attractor.")]
    public void Code_that_makes_data_and_mentions_of_others_data_are_no(string heading, string sentence) =>
        DetectorTest<OpenDatasetsDetector>.Verify($"""
            {heading}
            {sentence}
            """, "No");
}
