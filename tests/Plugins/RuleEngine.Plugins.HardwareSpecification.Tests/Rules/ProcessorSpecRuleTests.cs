using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.processor-spec: a vendor or family with cores, clock or memory is enough; numbers alone are not.</summary>
public sealed class ProcessorSpecRuleTests
{
    [Theory]
    [InlineData("All runs use an Intel 4-core 3.4 GHz CPU with 8 GB RAM.")]
    [InlineData("Each thread is assigned to a single core in our 40-core Intel Xeon architecture.")]
    [InlineData("All experiments were conducted on Linux machines with Intel Xeon 3GHz processors and 64GB memory.")]
    public void FamilyWithSpecs_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            4 Experiments
            {|RV0007.processor-spec:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("The experiments ran on a machine with a 3.5 GHz CPU and 32 GB RAM.")]
    [InlineData("The computation used 1,202 CPUs and 176 GPUs.")]
    [InlineData("The method is implemented in Matlab on a machine with Windows OS and 8G of RAM.")]
    public void NumbersWithoutVendor_IsNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
