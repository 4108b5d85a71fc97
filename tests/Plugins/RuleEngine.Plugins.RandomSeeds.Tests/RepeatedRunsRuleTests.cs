using RuleEngine.Testing;

namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>RV0100.repeated-runs: the number of seeds, runs, restarts or trials results are aggregated over.</summary>
public sealed class RepeatedRunsRuleTests
{
    [Theory]
    [InlineData("All numbers are averaged over 5 runs.")]
    [InlineData("We use 10 random restarts of the optimiser.")]
    [InlineData("Table 2 reports mean ± std over 3 seeds.")]
    [InlineData("Each method is evaluated in five independent trials.")]
    [InlineData("Every experiment is repeated 10 times with different initialisations.")]
    [InlineData("The number of runs is 20 for every configuration.")]
    public void Counts_of_runs_are_reported(string sentence) =>
        DetectorTest<RandomSeedsDetector>.Verify("4 Experiments\n{|RV0100.repeated-runs:" + sentence + "|}", "Yes");

    [Theory]
    [InlineData("We report the results of several runs.")]
    [InlineData("Our method trains 3 times faster than the baseline.")]
    [InlineData("The regret is bounded after T trials of the bandit.")]
    [InlineData("Each participant completed 120 trials.")]
    [InlineData("When the experiment uses multiple random 540 seeds, the plotted values are averaged across seeds.")]
    public void Vague_or_unrelated_counts_are_not_reported(string sentence) =>
        DetectorTest<RandomSeedsDetector>.Verify("4 Experiments\n" + sentence, "No");

    [Fact]
    public void A_disabled_rule_finds_nothing() =>
        new DetectorTest<RandomSeedsDetector>
        {
            Markup = "4 Experiments\nAll numbers are averaged over 5 runs.",
            ExpectedVerdict = "No",
            DisabledRules = ["RV0100.repeated-runs"],
        }.Run();
}
