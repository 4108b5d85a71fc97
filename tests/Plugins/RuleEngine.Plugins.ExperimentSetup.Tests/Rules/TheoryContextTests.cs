using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>
/// A setting must belong to the paper's own experiments: step sizes, tolerances and constants in a theory paper's
/// derivations, in sentences naming a theorem, or in sentences about cited work are no evidence; numbers that only
/// say how a statistical test was computed neither.
/// </summary>
public sealed class TheoryContextTests
{
    [Fact]
    public void StepSizesInDerivations_AreNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We study stochastic gradient methods under relaxed smoothness.
            3 Analysis
            By Lemma 4, a constant step size of 0.5 suffices when the noise is bounded.
            Ghadimi and Lan (2013) show that a constant step-size of 1 yields a 1/T rate of convergence.
            For tolerance of 0.1 the oracle responds with a value within the tolerance.
            The stopping condition of Algorithm 2 is met after 10 iterations by Theorem 3.
            """, "No");

    [Fact]
    public void SettingsInAnOwnExperimentOutsideAnExperimentsHeading_CountWhenTheySayExperiment() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We study stochastic gradient methods under relaxed smoothness.
            6 Complexity Results
            {|RV0009.run-settings:We run each algorithm once on each instance, and each solver is run until it terminates or reaches 10 minutes.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void FigureCaptionsShowTheOwnRuns_EvenInATheorySection() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We study the k-cap process on random graphs.
            2 Analysis of the process
            {|RV0009.setting-value:Figure 4: The process at time steps 0, 3, 6 and 9, with parameters n = 20000 and k = 200.|}
            {|RV0009.setting-value:Figure 5: The same process with the firing threshold set to 0.25.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void ParametersInATheoremSentence_AreNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We study the k-cap process on random graphs.
            2 Analysis of the process
            By Theorem 2, the process with parameters n = 20000 and k = 200 converges.
            The threshold set to 0.25 in Lemma 3 gives the same bound.
            """, "No");

    [Fact]
    public void ResultsHeadingOfATheoryPaper_IsNoExperimentalPart() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We give regret bounds for continuous reinforcement learning.
            4 Results
            For dimension d = 1 the horizon is 100 rounds and the bound of the previous section improves.
            5 Proofs
            The claim follows by induction.
            """, "No");

    [Fact]
    public void ResultsHeadingOfAnEmpiricalPaper_OpensTheExperimentalPart() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We identify cost functions of controllers from demonstrations.
            5 Results
            {|RV0009.setting-value:The line search parameters are set to βi = 0.04, βf = 0.06 and βs = 0.01 for the first system.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void ResultsHeadingOfAPaperWithABoundSection_OpensTheExperimentalPartWhenItReportsMeasurements() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We propose flexible posterior approximations for variational inference.
            4 Flow-Based Free Energy Bound
            The bound is tighter for longer flows.
            6 Results
            6.1 Synthetic Densities
            Our experiments on four synthetic densities compare flows of different lengths.
            6.2 Handwritten Digits
            The experiments on digits use the binarised images.
            {|RV0009.hyperparameter-value:We use mini-batches of 100 images and RMSprop (learning rate = 1 × 10−5 and momentum = 0.9).|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void ResultsHeadingThatStatesTheorems_StaysOutsideTheExperimentalPart() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We give regret bounds for continuous reinforcement learning and check them in experiments.
            3 Analysis
            The analysis uses a covering argument.
            4 Results
            Theorem 2. For dimension d = 1 the horizon is 100 rounds and the regret is sublinear.
            Our experiments are in the appendix.
            """, "No");

    [Fact]
    public void SignificanceLevelOfATest_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            Throughout our evaluation, we use two-tailed t-tests with p = 0.05 to determine significance.
            """, "No");

    // A paper without an experiments heading (a theory paper with a numerical section under another title): settings said
    // of its simulations count with the same threshold as in an experiments section.
    [Theory]
    [InlineData("In our simulations, the horizon is 500 and the arms are Bernoulli.")]
    [InlineData("Each simulated market runs with a liquidity constant of 12.5.")]
    [InlineData("For the simulated data, the noise level is 0.2 throughout.")]
    public void SettingsOfTheSimulationsOfATheoryPaper_AreYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            1 Introduction
            We bound the regret of optimistic strategies in stochastic bandits.
            3 Analysis
            The regret bound follows from a peeling argument.
            5 A Numerical Check
            {|RV0009.setting-value:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    // The near miss: the same values in a worked example or a derivation of a theory paper are no setup.
    [Theory]
    [InlineData("For instance, when the horizon is 500 the bound of Section 3 is below 0.1.")]
    [InlineData("With a liquidity constant of 12.5 the market maker loses at most 3 units.")]
    [InlineData("A step size of 0.2 then gives the rate of the previous section.")]
    public void ValuesInAWorkedExampleOfATheoryPaper_AreNo(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            1 Introduction
            We bound the regret of optimistic strategies in stochastic bandits.
            3 Analysis
            The regret bound follows from a peeling argument.
            4 Discussion of the Bound
            {{sentence}}
            """, "No");
}
