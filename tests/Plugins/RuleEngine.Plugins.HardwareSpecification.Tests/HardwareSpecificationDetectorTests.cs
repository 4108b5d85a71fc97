using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests;

/// <summary>The spec's worked cases for Hardware Specification, and what the detector ignores.</summary>
public sealed class HardwareSpecificationDetectorTests
{
    [Fact]
    public void SingleGpu_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            All experiments were run on a single GPU.
            """, "No");

    [Fact]
    public void SingleRtx3090_IsYes() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            {|RV0007.gpu-model:All experiments were run on a single NVIDIA RTX 3090.|}
            """, "Yes");

    [Fact]
    public void LaptopWithCoreI5_IsYes() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            {|RV0007.cpu-model:The experiments ran on a laptop with an Intel Core i5.|}
            """, "Yes");

    [Fact]
    public void VagueMentions_AreNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            We ran the experiments on a cluster. Training used cloud computing on a server.
            """, "No");

    [Fact]
    public void NoHardware_IsNoWithRationale()
    {
        var result = DetectorTest<HardwareSpecificationDetector>.Verify("""
            1 Introduction
            We prove a lower bound on the sample complexity of learning halfspaces.
            """, "No");
        Assert.Empty(result.Evidence);
        Assert.Contains("GPU", result.Rationale, StringComparison.Ordinal);
    }

    /// <summary>The footnotes of the page where the bibliography begins are laid out after the References heading.</summary>
    [Theory]
    [InlineData("5 Experiments are conducted on a single NVIDIA Titan X Card.")]
    [InlineData("7 Intel(R) Xeon(R) CPU E5-2699 v3 @ 2.30GHz")]
    [InlineData("* All timings were measured on an AMD EPYC 7742 server.")]
    public void FootnoteAmongReferences_IsYes(string footnote) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            5 Experiments
            We compare against three baselines.
            References
            Smith, J. and Lee, K. Fast training of deep networks. In Proceedings of the Conference on Systems, 2019.
            [|{{footnote}}|]
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void NumberedReferenceNamingHardware_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            5 Experiments
            We compare against three baselines.
            References
            12 Smith, J. Benchmarking the Tesla K80 for sparse kernels. Technical report, 2016.
            """, "No");

    [Fact]
    public void HardwareInReferenceTitle_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            5 Experiments
            We compare against three baselines.
            References
            [1] A. Author. Training ResNet-50 in one hour on NVIDIA V100 GPUs. In Proceedings of the Conference on Systems, 2019.
            """, "No");

    [Fact]
    public void Yes_HasHighConfidence()
    {
        var result = DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            {|RV0007.gpu-model:We run all experiments on four NVIDIA Tesla V100 GPUs.|}
            """, "Yes");
        Assert.True(result.Confidence >= 0.9, $"confidence {result.Confidence}");
    }
}
