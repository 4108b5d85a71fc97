using RuleEngine.Sdk;

namespace MyCompany.Plugins.Example;

/// <summary>The descriptors of RV0900 (Example): the variable and each of its rules. IDs are stable: never reuse one.</summary>
public static class ExampleDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0900",
        key: "Example",
        title: "Example",
        category: RuleCategories.Reproducibility,
        allowedVerdicts: Verdicts.YesNo,
        description: "Whether the paper discusses the limitations of its work (replace with your variable's definition).");

    public static readonly RuleDescriptor Keyword = new(
        id: "RV0900.keyword",
        title: "Keyword in the paper's own text",
        description: "A sentence of the paper (not its references) matches one of the rule's patterns in RV0900.rules.json.");
}
