using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearchType.Tests;

/// <summary>The worked cases of the spec for Research Type.</summary>
public sealed class ResearchTypeDetectorTests
{
    [Fact]
    public void TheoremsAndProofsPlusExperimentsSection_IsExperimental() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We give a new algorithm with provable guarantees.

            Theorem 1. The algorithm converges at rate O(1/t).
            Proof. Standard.

            {|RV0001.experiments-section:6 Experiments|}
            We compare the algorithm with three baselines on five real datasets.
            Table 1 shows the test error of all methods.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Fact]
    public void TheoryPaperWithoutExperiments_IsTheoretical() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We characterise learnability of multiclass problems.

            Theorem 1. A class is learnable if and only if its DS dimension is finite.
            Proof. We construct a compression scheme.
            Lemma 3. The scheme has size d.
            Proof. Immediate.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);

    [Fact]
    public void SimulationWithMeasuredResults_IsExperimental() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We analyse the estimator theoretically.

            {|RV0001.experiments-section:5 Simulations|}
            We run 100 repetitions for every value of k. Results are shown in Figure 1, which plots the mean square error.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Fact]
    public void SystemDescriptionWithoutMeasuredResults_IsTheoretical() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We describe a programming language for neurosynaptic chips and its library of components.
            The language offers composition and decomposition of programs.
            """, Verdicts.Theoretical);

    [Fact]
    public void ExperimentalVerdict_CarriesQuote()
    {
        var result = DetectorTest<ResearchTypeDetector>.Verify("""
            4 Experimental Results
            We evaluate the planner on the IPC benchmarks; it outperforms the baselines in coverage.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);
        Assert.NotEmpty(result.Evidence);
        Assert.InRange(result.Confidence, 0.9, 1.0);
    }
}
