using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.FaultyPlugin;

/// <summary>
/// RV0992: spends longer than its budget at document end (the engine must report RE0002 and go on): it sleeps
/// 10 s, longer than the detector budget the tests configure.
/// </summary>
public sealed class OverBudgetDetector : VariableDetector
{
    public override VariableDescriptor Variable { get; } = FaultyDescriptors.Variable("RV0992", "FaultySlow");
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [FaultyDescriptors.Rule("RV0992")];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(10));
            end.ReportVerdict(Verdicts.No, 0.5, "too late");
        }));
}
