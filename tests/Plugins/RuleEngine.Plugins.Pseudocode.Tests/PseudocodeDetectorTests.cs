using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.Pseudocode.Tests;

/// <summary>The spec's cases for Pseudocode.</summary>
public sealed class PseudocodeDetectorTests
{
    [Fact]
    public void EquationsAndProseOnly_IsNo()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            We minimise the loss L(θ) = Σ_i ℓ(f(x_i), y_i) by gradient descent with step size η.
            The update is θ ← θ − η∇L(θ).
            """, Verdicts.No);
        Assert.Empty(result.Evidence);
        Assert.Contains("no algorithm", result.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void TheoryPaperWithAlgorithmBlock_IsYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            2 Algorithm
            Theorem 1. The algorithm below is optimal.

            Algorithm 1 Global planning via primal-dual optimization
            Input: horizon T, step sizes η, α
            1: for t = 1 to T do
            2: update the dual variables
            3: end for
            Return: the averaged policy
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    [Fact]
    public void DisabledRules_ContributeNothing()
    {
        var result = new DetectorTest<PseudocodeDetector>
        {
            Markup = """
                3 Method
                Algorithm 1 Weighted Q-Learning
                Input: step size α
                1: for each episode do
                2: update
                3: end for
                """,
            ExpectedVerdict = Verdicts.No,
            DisabledRules = ["RV0003.algorithm-float", "RV0003.algorithmic-lines", "RV0003.algorithm-reference", "RV0003.numbered-steps", "RV0003.code-listing"],
        }.Run();
        Assert.Empty(result.Evidence);
    }
}
