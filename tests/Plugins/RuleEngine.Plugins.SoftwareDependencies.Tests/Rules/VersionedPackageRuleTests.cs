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
    // a short descriptor between the name and its version
    [InlineData("We learned parameters using a cutting plane method, implemented using the Gurobi optimization engine 5.60 (2014) for all integer programs.")]
    [InlineData("The relaxations are solved by the CPLEX solver 12.6.3 with default settings.")]
    [InlineData("Verification uses the Z3 SMT solver 4.8.10.")]
    // an abbreviated "version" in parentheses
    [InlineData("To be fair, we computed them using an efficient interior point solver MOSEK (ver. 7.1.0.12).")]
    [InlineData("The SAT instances were solved with Glucose (ver. 4.1).")]
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
    // numbers in a results table or a score with its deviation are not versions
    [InlineData("XGBoost 0.912 ± 0.004 0.887 ± 0.006")]
    [InlineData("LightGBM 0.87 (0.02) and CatBoost 0.85 (0.03) on the held-out fold.")]
    [InlineData("Gurobi 12.5 s versus 3.4 s for our method.")]
    [InlineData("Spark 0.82 / 0.79 on the two splits.")]
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
