using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.FaultyPlugin;

/// <summary>RV0993: says Yes with a quote that is not in the paper (the engine must drop it with RE0004 and keep the verdict).</summary>
public sealed class FabricatedEvidenceDetector : VariableDetector
{
    public const string FabricatedQuote = "Zebras quietly compiled the quartz manuscript under a violet moon.";

    public override VariableDescriptor Variable { get; } = FaultyDescriptors.Variable("RV0993", "FaultyQuotes");
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [FaultyDescriptors.Rule("RV0993")];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end =>
            end.ReportVerdict(Verdicts.Yes, 0.9, "fabricated", [new Evidence(FabricatedQuote, 1, "RV0993.fault")])));
}
