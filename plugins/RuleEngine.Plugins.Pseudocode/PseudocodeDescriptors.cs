using RuleEngine.Sdk;

namespace RuleEngine.Plugins.Pseudocode;

/// <summary>The descriptors of RV0003 (Pseudocode): the variable and each of its rules (IDs are stable).</summary>
public static class PseudocodeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0003",
        key: "Pseudocode",
        title: "Pseudocode",
        category: RuleCategories.Artefacts,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper contains a structured, step-by-step algorithm block (an "Algorithm N" float, a procedure, numbered code-like steps or a code listing) in the main text or appendix.""");
}
