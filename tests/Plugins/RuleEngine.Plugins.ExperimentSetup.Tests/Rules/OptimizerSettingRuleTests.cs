using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.optimizer-setting: the optimizer adds to the score but is not enough alone.</summary>
public sealed class OptimizerSettingRuleTests
{
    [Fact]
    public void OptimizerWithSettings_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            {|RV0009.optimizer-setting:All networks are optimized with the Adam optimizer.|} {|RV0009.hyperparameter-value:The batch size is 32.|}
            """, "Yes");

    [Fact]
    public void OptimizerAlone_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            All networks are optimized with the Adam optimizer.
            """, "No", allowUnmarkedEvidence: true);
}
