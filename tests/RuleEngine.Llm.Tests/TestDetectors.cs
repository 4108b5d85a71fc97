using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Tests;

/// <summary>Stand-in detectors: only their descriptors (and optionally a prompt template) matter to the fallback.</summary>
public class FakeDetector(VariableDescriptor variable, string? template = null) : VariableDetector
{
    public override VariableDescriptor Variable => variable;
    public override ImmutableArray<RuleDescriptor> SupportedRules => [];
    public override void Initialize(AnalysisContext context) { }
    public override string? GetPromptTemplate() => template;
}

public static class TestVariables
{
    public static readonly VariableDescriptor Code = new("RV0004", "OpenSourceCode", "Open Source Code", RuleCategories.Artefacts, [Verdicts.Yes, Verdicts.No],
        "Whether the paper gives concrete access to the source code of its own method.");

    public static readonly VariableDescriptor Hardware = new("RV0007", "HardwareSpecification", "Hardware Specification", RuleCategories.Reproducibility, [Verdicts.Yes, Verdicts.No],
        "Whether the paper states the hardware its experiments ran on.");

    public static readonly VariableDescriptor Kind = new("RV0001", "ResearchType", "Research Type", RuleCategories.Reproducibility, [Verdicts.Experimental, Verdicts.Theoretical],
        "Whether the paper reports empirical work.");
}
