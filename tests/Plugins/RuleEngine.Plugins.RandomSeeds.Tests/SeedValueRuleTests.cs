using RuleEngine.Testing;

namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>RV0100.seed-value: the value of a random seed.</summary>
public sealed class SeedValueRuleTests
{
    [Theory]
    [InlineData("All models are trained with {|RV0100.seed-value:random seed 42|}.")]
    [InlineData("We report the mean over {|RV0100.seed-value:seeds 0–4|}.")]
    [InlineData("Training uses the default configuration (batch size 64, {|RV0100.seed-value:seed = 1234|}).")]
    [InlineData("For reproducibility we call {|RV0100.seed-value:torch.manual_seed(0)|} before training.")]
    [InlineData("The random seed is set to 3407 for all runs.")]
    public void Seed_values_are_reported(string sentence)
    {
        var markup = sentence.Contains("{|", StringComparison.Ordinal) ? sentence : "{|RV0100.seed-value:" + sentence + "|}";
        DetectorTest<RandomSeedsDetector>.Verify("4 Experiments\n" + markup, "Yes");
    }

    [Theory]
    [InlineData("We fix the random seed for reproducibility.")]
    [InlineData("We start from 175 seed tasks written by the authors.")]
    [InlineData("Results are sensitive to the random seed [12].")]
    public void A_seed_without_its_value_is_not_reported(string sentence) =>
        DetectorTest<RandomSeedsDetector>.Verify("4 Experiments\n" + sentence, "No");

    [Fact]
    public void A_disabled_rule_finds_nothing() =>
        new DetectorTest<RandomSeedsDetector>
        {
            Markup = "4 Experiments\nAll models are trained with random seed 42.",
            ExpectedVerdict = "No",
            DisabledRules = ["RV0100.seed-value"],
        }.Run();
}
