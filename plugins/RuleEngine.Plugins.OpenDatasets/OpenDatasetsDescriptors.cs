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
}
