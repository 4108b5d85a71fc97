using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.gpu-model: GPUs named by model count; "a GPU" does not.</summary>
public sealed class GpuModelRuleTests
{
    [Theory]
    [InlineData("All models are trained on a single NVIDIA RTX 3090.")]
    [InlineData("We run all experiments on four NVIDIA Tesla V100 GPUs with 32GB memory.")]
    [InlineData("Training takes about 12 hours on 8 × A100 GPUs.")]
    [InlineData("Models were trained on a GeForce GTX 1080 Ti.")]
    [InlineData("We use one RTX A6000 to run all the experiments.")]
    [InlineData("Each run used a Titan Xp graphics card.")]
    [InlineData("Training uses a single H200 node with ZeRO Stage-2.")]
    public void NamedGpu_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            5 Experiments
            We evaluate our method on three benchmarks. {|RV0007.gpu-model:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("All experiments were run on a single GPU.")]
    [InlineData("Training on GPUs is faster than on CPUs.")]
    [InlineData("We ran our experiments on a cluster with 176 GPUs.")]
    [InlineData("The S&P100 index is used as a case study.")]
    public void VagueOrNonHardware_IsNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void DonatedGpuInAcknowledgements_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            5 Experiments
            We report the mean over five runs.
            Acknowledgements
            We gratefully acknowledge the support of NVIDIA Corporation with the donation of the Titan Xp GPU used for this research.
            """, "No");

    [Fact]
    public void Disabled_FindsNothing() =>
        new DetectorTest<HardwareSpecificationDetector>
        {
            Markup = """
                5 Experiments
                All models are trained on a single NVIDIA RTX 3090.
                """,
            ExpectedVerdict = "No",
            DisabledRules = ["RV0007.gpu-model"],
        }.Run();
}
