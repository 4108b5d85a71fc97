using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.cpu-model: processors named down to the model.</summary>
public sealed class CpuModelRuleTests
{
    [Theory]
    [InlineData("We run all the experiments on a Linux machine with an Intel Xeon Gold 6242 CPU and 384 GB of RAM.")]
    [InlineData("We run the solver on an AMD Ryzen 7 5800H processor with 16 GB of memory.")]
    [InlineData("The experiments are executed on an Intel(R) Core(TM) i7-2600 CPU with 8GB of RAM.")]
    [InlineData("All planners are run on an AMD Opteron 6300@2.4Ghz.")]
    [InlineData("Timings were measured on a MacBook Pro with an Apple M1 chip.")]
    [InlineData("All experiments are run on a server with two Xeon E5520 processors.")]
    public void NamedCpu_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            4 Experiments
            {|RV0007.cpu-model:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void WordsThatLookLikeModels_AreNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            Each atom may appear in several clauses, and the core of the method is a search procedure.
            """, "No");
}
