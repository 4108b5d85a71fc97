using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.settings-table: a table of hyperparameters or settings.</summary>
public sealed class SettingsTableRuleTests
{
    [Theory]
    [InlineData("Table 5: Hyperparameters for training different sizes of models.")]
    [InlineData("Table 3: Parameter settings of all compared methods.")]
    [InlineData("Table 8: Hyper-parameter search space of all implemented methods.")]
    public void SettingsTable_IsYes(string caption) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            We compare our method with five baselines.
            {|RV0009.settings-table:{{caption}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void ResultsTable_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            We compare our method with five baselines.
            Table 2: Accuracy of all methods on the test sets.
            """, "No");
}
