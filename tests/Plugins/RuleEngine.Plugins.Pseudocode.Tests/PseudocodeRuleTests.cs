using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.Pseudocode.Tests;

/// <summary>RV0003.algorithm-float.</summary>
public sealed class AlgorithmFloatRuleTests
{
    [Fact]
    public void AlgorithmFloatWithLines_IsYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Our procedure is summarised below.

            Algorithm 1 Weighted Q-Learning
            Input: step size α, discount γ
            1: for each episode do
            2: for t = 1 to T do
            3: update the weights
            4: end for
            5: end for
            Output: the Q-table
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0003.algorithm-float");
        Assert.True(result.Confidence >= 0.9);
    }

    [Fact]
    public void SomeoneElsesAlgorithm_IsNo() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            We run Algorithm 1 of [12] with the default parameters and modify line 5 of Algorithm 2 in [3].
            """, Verdicts.No);
}

/// <summary>RV0003.algorithmic-lines.</summary>
public sealed class AlgorithmicLinesRuleTests
{
    [Fact]
    public void NumberedPseudocodeLines_AreYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Require: data D, iterations T
            Ensure: parameters θ
            1: initialise θ
            2: while not converged do
            3: sample a batch
            4: end while
            5: return θ
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0003.algorithmic-lines");
    }
}

/// <summary>RV0003.numbered-steps.</summary>
public sealed class NumberedStepsRuleTests
{
    [Fact]
    public void StepsIntroducedAsAlgorithm_AreYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            4 Ranking
            The point score method is defined by the following algorithm:
            1. Observe outcomes of m comparisons and associate a point score with each item.
            2. Sort items in decreasing order of the point scores.
            3. Output the top n/2 items.
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    [Fact]
    public void ProseWithStepHeadings_IsNo() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Step I: Data Flow. Under a multimodal setting, each query contains both vision and text, which we process jointly.
            Step II: Response Collection. This step involves collecting responses from several models.
            Step III: Filtering. We remove low-quality responses with a judge model.
            """, Verdicts.No);
}

/// <summary>RV0003.code-listing.</summary>
public sealed class CodeListingRuleTests
{
    [Fact]
    public void ListingCaption_IsYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            Appendix A
            {|RV0003.code-listing:Listing 1: Source code example to create a biased sampler.|}
            class RotationBiasSampler(Sampler):
                def sample(self):
                    return self.rotation()
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
}

/// <summary>RV0003.algorithm-reference.</summary>
public sealed class AlgorithmReferenceRuleTests
{
    [Fact]
    public void ReferenceToOwnAlgorithm_IsYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            The pseudo-code of the iterative self-training algorithm is summarized in Algorithm 1.
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.True(result.Confidence < 0.9);
    }
}
