using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.run-settings: time limits, step and evaluation budgets, tolerances, search ranges (counts of runs are RV0009.run-count).</summary>
public sealed class RunSettingsRuleTests
{
    [Theory]
    [InlineData("We enforce a timeout of 2 minutes per task.")]
    [InlineData("The agent is allowed 500 steps per episode.")]
    [InlineData("Each solver is given a budget of 10000 evaluations.")]
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
