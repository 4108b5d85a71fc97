using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearchType;

/// <summary>The descriptors of RV0001 (Research Type): the variable and each of its rules (IDs are stable).</summary>
public static class ResearchTypeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0001",
        key: "ResearchType",
        title: "Research Type",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Experimental, Verdicts.Theoretical],
        description: """Whether the paper reports empirical work (experiments, simulations, evaluations with measured results) or is purely conceptual/mathematical (proofs, theorems, frameworks, surveys without measured results). A paper with both substantial theory and an empirical evaluation is Experimental.""");
}
