using RuleEngine.Testing;

namespace RuleEngine.Plugins.SoftwareDependencies.Tests.Rules;

/// <summary>RV0008.versioned-package: known software followed by a version.</summary>
public sealed class VersionedPackageRuleTests
{
    [Theory]
    [InlineData("We implement our framework in PyTorch 1.8 and use NVIDIA V100 GPUs for experiments.")]
    [InlineData("All MILPs are solved with Gurobi 9.5 using default parameters.")]
    [InlineData("The constraint models are solved with Gecode 4.2.0.")]
    [InlineData("For all other classifiers we used the scikit-learn 0.14 implementations.")]
    [InlineData("We compare Popper against Metagol (version 2.3.0) on all tasks.")]
    [InlineData("We used Hadoop 1.0.3 to handle the largest collection.")]
    [InlineData("Our agents are simulated in MuJoCo 2.0 via OpenAI Gym.")]
    public void PackageWithVersion_IsYes(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($$"""
            4 Experiments
            {|RV0008.versioned-package:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We use PyTorch (Paszke et al., 2019) for all models.")]
    [InlineData("Our system is built on TensorFlow and trained with Adam.")]
    [InlineData("We use the scikit-learn package for the baselines.")]
    [InlineData("ERRANT 0.644 0.687 0.529 0.364 0.712")]
    public void PackageWithoutVersion_IsNo(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void Disabled_FindsNothing() =>
        new DetectorTest<SoftwareDependenciesDetector>
        {
            Markup = """
                4 Experiments
                All MILPs are solved with Gurobi 9.5 using default parameters.
                """,
            ExpectedVerdict = "No",
            DisabledRules = ["RV0008.versioned-package"],
        }.Run();
}
