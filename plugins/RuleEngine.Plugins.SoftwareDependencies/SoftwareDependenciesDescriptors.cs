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

    public static readonly RuleDescriptor VersionedPackage = new(
        "RV0008.versioned-package",
        "Library, framework, solver or tool with a version number",
        "A known software component (library, framework, solver, simulator, prover, toolkit, baseline program) followed by a version: 'PyTorch 1.9', 'CPLEX 12.4', 'scikit-learn 0.14', 'Gurobi version 9.5'.");

    public static readonly RuleDescriptor VersionStatement = new(
        "RV0008.version-statement",
        "Explicit 'version X.Y' of a named tool",
        "A capitalised tool name with the word 'version' and a dotted number ('Terrier version 3.5'), or an implementation/toolkit release ('the official implementation v3.0.0'); languages, operating systems and model names excluded.");

    public static readonly RuleDescriptor EnvironmentVersion = new(
        "RV0008.environment-version",
        "Language, operating system or compiler version (supporting only)",
        "A programming language, language environment, operating system or compiler with a version ('Python 3.8', 'Matlab R2012a', 'Ubuntu 18.04', 'gcc 9'). Supporting evidence only: alone it does not make the verdict Yes.");
}
