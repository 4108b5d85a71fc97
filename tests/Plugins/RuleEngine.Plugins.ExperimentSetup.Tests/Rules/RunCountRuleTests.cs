using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>
/// RV0009.run-count: how many runs, seeds, repetitions or generated instances. The spec's partial-settings rule: a
/// count of runs with another concrete setting is a Yes; a count of runs alone is not (the rule is capped below the
/// threshold).
/// </summary>
public sealed class RunCountRuleTests
{
    [Theory]
    [InlineData("All results are averaged over 10 independent runs.")]
    [InlineData("We repeat each experiment 20 times and report the mean.")]
    [InlineData("For this analysis, we (randomly) generate five stable and minimal systems of order 4.")]
    [InlineData("The shaded region shows one standard deviation across 5 training runs.")]
    public void RunCountWithASetting_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {|RV0009.run-count:{{sentence}}|}
            {|RV0009.setting-value:For the imitator, we use a gravitational constant of 12.0.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Each learning curve is obtained by three independent runs with different random seeds.")]
    [InlineData("We evaluate the trained policies on 10 random seeds and plot the mean.")]
    [InlineData("All results are averaged over 10 independent runs.")]
    public void RunCountAlone_IsNo(string sentence)
    {
        var result = DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {{sentence}}
            """, "No");
        Assert.Contains("run-count", result.Rationale, StringComparison.Ordinal);
    }
    // Spec, worked case: the number of runs with the model sizes, the rest deferred → Yes. Beside another setting the run
    // count is no longer held to its alone-cap, so deferral sentences do not cancel it.
    [Theory]
    [InlineData("All results are averaged over 10 independent runs.")]
    [InlineData("Every configuration was run 20 times with different random seeds.")]
    [InlineData("Scores are averaged over 5 random seeds for every method.")]
    public void RunCountBesideSizes_WithTheRestDeferred_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {|RV0009.run-count:{{sentence}}|}
            {|RV0009.parameter-assignment:The encoder has 128 hidden units.|}
            Details of the preprocessing are given in the supplementary material.
            Hyperparameters of the baselines are listed in the appendix.
            We follow the experimental setup of [12] for the baselines.
            """, "Yes", allowUnmarkedEvidence: true);
}
