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
    public void SignificanceLevelOfATest_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            Throughout our evaluation, we use two-tailed t-tests with p = 0.05 to determine significance.
            """, "No");
}
