using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>
/// RV0009.setting-value: a construction over pieces — a setting noun or parameter symbol, an assignment verb or
/// connector, then a number, value set or range. Phrasings invented or taken from non-dev papers.
/// </summary>
public sealed class SettingValueRuleTests
{
    [Theory]
    [InlineData("The line search parameters are set to βi = 0.04 and βs = 0.01 for the first system.")]
    [InlineData("For the imitator, we use a gravitational constant of 12.0.")]
    [InlineData("The constraint levels α and δ are each set to 0.1.")]
    [InlineData("The planning horizon is 25 steps.")]
    [InlineData("In the subsequent runs they are each chosen as 0.5, 2.5 and 2.0.")]
    [InlineData("The agent stops when the distance exceeds the threshold dth (tuned to 4 m).")]
    [InlineData("Figure 1 shows the results for the setting of parameters n = 10 and m = 100.")]
    [InlineData("Parameters used are n = 20000 and k = 200.")]
    public void SettingGivenAValue_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            5 Numerical Experiments
            {|RV0009.setting-value:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    // results, not settings
    [InlineData("With a distance threshold of 2 cm our method reaches 100% accuracy.")]
    [InlineData("The error of the estimate is 0.35 after the last round.")]
    // an expression, an index set, a zero initial condition, the noun "set"
    [InlineData("The mixing weight is artificially set to 1/ T before each rollout.")]
    [InlineData("Each edge weight w_e ∈ {0, 1} is drawn uniformly.")]
    [InlineData("The noise level is artificially set to 0 before each rollout.")]
    [InlineData("We report the median from a set of 10000 draws of the sampler.")]
    // an enumeration of indices and the lines of an algorithm block
    [InlineData("Iteratively on rounds t = 1, 2, ..., T, the learner chooses an action.")]
    [InlineData("Algorithm 1 input: set of K actions, number of rounds T; initialize r ← 1 and repeat.")]
    public void NotASetting_IsNo(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            5 Numerical Experiments
            {{sentence}}
            """, "No");

    [Fact]
    public void SettingOutsideExperimentalContext_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            3 Method
            The penalty constant is set to 0.5 in the definition above.
            """, "No");

    [Theory]
    // ICML 2014–16 phrasings, reworded: settings whose "=" the PDF's math font lost, values given "respectively",
    // "setting X to be V" lists
    [InlineData("We set d 50 and T 25 in all runs.")]
    [InlineData("The parameters k, κ and ks are empirically set to 100, 50 and 5, respectively.")]
    [InlineData("The results were obtained by setting the size of the hidden units to be 100, batch size to be 10, and learning rate to be 0.1.")]
    [InlineData("In practice, we set t to be 0.1, which leaves at least ten time-steps between observations.")]
    [InlineData("We fix the number of weak learners to be 100 and the assumed advantage γ to be 0.1.")]
    public void Explicit_settings_in_other_phrasings_are_yes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            5 Numerical Experiments
            {{sentence}}
            """, "Yes", allowUnmarkedEvidence: true);
}
