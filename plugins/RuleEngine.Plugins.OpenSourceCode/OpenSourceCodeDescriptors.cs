using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode;

/// <summary>The descriptors of RV0004 (Open Source Code): the variable and each of its rules (IDs are stable).</summary>
public static class OpenSourceCodeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0004",
        key: "OpenSourceCode",
        title: "Open Source Code",
        category: RuleCategories.Artefacts,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper gives concrete access to the source code of its own method: a release statement with a location, a link to a code repository, or code in the supplementary material.""");
}
