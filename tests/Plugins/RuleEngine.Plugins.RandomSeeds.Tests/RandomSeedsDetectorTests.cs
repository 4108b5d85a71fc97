using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>Detector-level cases of RV0100: verdicts, evidence pages, back matter, confidence.</summary>
public sealed class RandomSeedsDetectorTests
{
    [Fact]
    public void Both_rules_give_a_confident_yes_with_quotes_on_their_pages()
    {
        var result = DetectorTest<RandomSeedsDetector>.Verify("""
            1 Introduction
            We study sparse adapters.
            <<<PAGE>>>
            4 Experiments
            {|RV0100.seed-value:We use random seed 0 for data shuffling.|}
            {|RV0100.repeated-runs:All results are averaged over 5 runs.|}
            """, "Yes");
        Assert.True(result.Confidence >= 0.95, $"confidence {result.Confidence}");
    }

    [Fact]
    public void A_theoretical_paper_is_a_no_with_a_rationale()
    {
        var result = DetectorTest<RandomSeedsDetector>.Verify("""
            1 Introduction
            We prove a regret bound for Thompson sampling.
            2 Analysis
            The arm is played a sufficient number of times, so its empirical mean concentrates.
            """, "No");
        Assert.Contains("no random-seed value", result.Rationale, StringComparison.Ordinal);
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void Mentions_in_the_references_do_not_count() =>
        DetectorTest<RandomSeedsDetector>.Verify("""
            1 Introduction
            We study sparse adapters.
            References
            [1] P. Henderson. Deep reinforcement learning that matters: results over 5 random seeds differ. AAAI, 2018.
            """, "No");

    [Fact]
    public void The_variable_descriptor_is_valid_and_documented()
    {
        var detector = new RandomSeedsDetector();
        Assert.Equal("RV0100", detector.Variable.Id);
        Assert.Equal(Verdicts.YesNo, detector.Variable.AllowedVerdicts);
        Assert.All(detector.SupportedRules, r => Assert.Equal("RV0100", r.VariableId));
        Assert.Contains("Random Seeds", detector.GetPromptTemplate(), StringComparison.Ordinal);
    }
}
