using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenDatasets;

/// <summary>The descriptors of RV0005 (Open Datasets): the variable and each of its rules (IDs are stable).</summary>
public static class OpenDatasetsDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0005",
        key: "OpenDatasets",
        title: "Open Datasets",
        category: RuleCategories.Artefacts,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the experiments use at least one publicly available dataset with concrete access information: a well-known benchmark, a URL/DOI/repository, or a formal citation of the dataset.""");

    public static readonly RuleDescriptor KnownBenchmark = new(
        id: "RV0005.known-benchmark",
        title: "Well-known public benchmark",
        description: "A well-known public dataset, benchmark or environment (ImageNet, CIFAR-10, MNIST, GLUE, covtype, MuJoCo ...) named in the body text.");

    public static readonly RuleDescriptor DatasetCitation = new(
        id: "RV0005.dataset-citation",
        title: "Dataset with a formal citation",
        description: "A named dataset cited formally in the body text: \"X dataset (Author, Year)\", \"X dataset [12]\".");

    public static readonly RuleDescriptor CitedData = new(
        id: "RV0005.cited-data",
        title: "Data used with a citation attached",
        description: "The construction 'dataset use': a data noun with a citation attached (\"data from a real dog [7]\", \"the benchmark introduced by Hahn et al. [1]\") or a capitalised name after \"we evaluate on\", in the paper's own voice.");

    public static readonly RuleDescriptor DatasetUrl = new(
        id: "RV0005.dataset-url",
        title: "Dataset URL or DOI",
        description: "A URL or DOI for the data: on a data host, or in a sentence about data (including the authors' own data released at a concrete location).");

    public static readonly RuleDescriptor DataRepository = new(
        id: "RV0005.data-repository",
        title: "Named public data repository",
        description: "Data taken from a named public repository: UCI, LIBSVM, Kaggle, Zenodo, OpenML, Hugging Face datasets, LDC, SNAP ...");

    public static readonly RuleDescriptor PrivateData = new(
        id: "RV0005.private-data",
        title: "Only private or synthetic data",
        description: "Negative evidence: proprietary, internal or on-request data, or data the paper generates itself.");
}
