using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.run-settings: time limits, runs, seeds, repetitions, tolerances.</summary>
public sealed class RunSettingsRuleTests
{
    [Theory]
    [InlineData("We enforce a timeout of 2 minutes per task.")]
    [InlineData("All results are averaged over 10 independent runs.")]
    [InlineData("We repeat each experiment 20 times and report the mean.")]
    [InlineData("For each algorithm, we search k ∈ {5, 10, 15, 20, 25} and α ∈ {.5, 1, 5} to construct the graph.")]
    public void RunSetting_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {|RV0009.run-settings:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void RepeatedWithoutCount_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            The experiment was repeated multiple times and the parameter was chosen via cross-validation.
            """, "No");
}
