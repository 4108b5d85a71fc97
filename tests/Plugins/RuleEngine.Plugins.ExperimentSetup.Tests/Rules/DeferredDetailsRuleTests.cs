using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.deferred-details: deferrals never make a Yes; "standard settings" is a No.</summary>
public sealed class DeferredDetailsRuleTests
{
    [Theory]
    [InlineData("Experimental settings and hyperparameters are given in the supplementary material.")]
    [InlineData("We trained a model using standard settings.")]
    [InlineData("We follow the settings of [12] for all baselines.")]
    public void Deferral_IsNo(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
