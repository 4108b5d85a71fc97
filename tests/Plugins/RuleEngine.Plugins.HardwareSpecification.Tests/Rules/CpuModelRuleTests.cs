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
    // the Core family named without the word Core, or by generation with its clock
    [InlineData("A single run takes 10 s on an Intel i7 laptop.")]
    [InlineData("The experiments are conducted on a desktop PC with an i7 3.4GHz CPU and 4G memory.")]
    [InlineData("Timings are for an i5-8250U @ 1.6 GHz.")]
    // a product line without a number, behind mangled trademark glyphs
    [InlineData("We performed the optimization on a cluster of Intel R © Xeon Phi coprocessors.")]
    // a CPU count glued to the model
    [InlineData("Each node has 2xXeon E5-2680 v4 processors.")]
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

    [Theory]
    [InlineData("The estimator uses x_i 3 times per round.")]
    [InlineData("Players i5 and i7 move first in the game.")]
    [InlineData("The Phi coefficient measures association between two variables.")]
    public void IndicesAndSymbols_AreNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
