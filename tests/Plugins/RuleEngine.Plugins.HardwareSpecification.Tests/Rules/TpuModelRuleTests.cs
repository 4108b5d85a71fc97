using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.tpu-model: TPU generations and other named accelerator chips.</summary>
public sealed class TpuModelRuleTests
{
    [Theory]
    [InlineData("The model is trained on a TPU v3-8 for two days.")]
    [InlineData("The baseline is designed to run on TPUs, so we use 64 v4 TPUs as opposed to GPUs.")]
    [InlineData("We pre-train on Cloud TPU v4 pods.")]
    public void NamedTpu_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            4 Experiments
            {|RV0007.tpu-model:{{sentence}}|}
            """, "Yes");

    [Fact]
    public void BareTpu_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            Training was done on TPUs provided by a cloud service.
            """, "No");
}
