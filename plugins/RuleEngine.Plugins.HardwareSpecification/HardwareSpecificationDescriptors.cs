using RuleEngine.Sdk;

namespace RuleEngine.Plugins.HardwareSpecification;

/// <summary>The descriptors of RV0007 (Hardware Specification): the variable and each of its rules (IDs are stable).</summary>
public static class HardwareSpecificationDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0007",
        key: "HardwareSpecification",
        title: "Hardware Specification",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper names the hardware its experiments ran on specifically: GPU/TPU/CPU models, cloud instance types, or a processor vendor/family with cores, clock or memory.""");
}
