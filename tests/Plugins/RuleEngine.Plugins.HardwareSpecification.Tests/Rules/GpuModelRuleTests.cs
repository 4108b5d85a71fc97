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
    // a model number that ends the sentence
    [InlineData("Experiments are carried out on clusters equipped with NVIDIA Tesla K20.")]
    [InlineData("Seconds per epoch for training on Tesla M2070.")]
    [InlineData("All timings were measured on a Tesla C2050.")]
    [InlineData("Experiments are conducted on a single NVIDIA Titan X.")]
    // hyphenated names
    [InlineData("Training runs at 50 frames per second on a Titan-X GPU.")]
    [InlineData("Each model fits on one TITAN-Xp card.")]
    [InlineData("The experiments are conducted on a GPU-equipped server (Tesla V-100).")]
    [InlineData("Training took two days on four A-100 GPUs.")]
    // model numbers without their family name, a count glued to the model
    [InlineData("We trained on two 1080 Ti cards for three days.")]
    [InlineData("The network was trained on a single 2080Ti.")]
    [InlineData("All runs used 4 3090 GPUs.")]
    [InlineData("Pre-training takes 20 hours on 8xV100.")]
    [InlineData("Each experiment uses 4×A100 with 40GB of memory.")]
    [InlineData("The models were trained on K40 GPUs.")]
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
    [InlineData("The Tesla coil experiment of 1891 is a classic demonstration.")]
    [InlineData("We ran 1080 trials and 2080 simulations in total.")]
    [InlineData("Version 2.1.0 of the Titan library computes the bounds.")]
    [InlineData("The 3090 images were resized to 64 pixels.")]
    public void VagueOrNonHardware_IsNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            5 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void DonatedGpuInAcknowledgements_WithoutUse_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            5 Experiments
            We report the mean over five runs.
            Acknowledgements
            This research was supported by the Novo Nordisk Foundation and the NVIDIA Corporation with the donation of TITAN X and Tesla K40 GPUs.
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
