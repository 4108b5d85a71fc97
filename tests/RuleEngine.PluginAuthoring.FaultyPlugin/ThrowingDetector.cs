using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.FaultyPlugin;

/// <summary>RV0991: throws on the first sentence (the engine must report RE0001 and go on).</summary>
public sealed class ThrowingDetector : VariableDetector
{
    public override VariableDescriptor Variable { get; } = FaultyDescriptors.Variable("RV0991", "FaultyThrows");
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [FaultyDescriptors.Rule("RV0991")];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start =>
            start.RegisterSentenceAction(_ => throw new InvalidOperationException("deliberate failure in a plugin")));
}
