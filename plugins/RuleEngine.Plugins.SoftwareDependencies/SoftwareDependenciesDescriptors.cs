using RuleEngine.Sdk;

namespace RuleEngine.Plugins.SoftwareDependencies;

/// <summary>The descriptors of RV0008 (Software Dependencies): the variable and each of its rules (IDs are stable).</summary>
public static class SoftwareDependenciesDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0008",
        key: "SoftwareDependencies",
        title: "Software Dependencies",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper gives version numbers for the key software: several components with versions, or one self-contained solver, simulator or library with its version (not a language or OS alone).""");
}
