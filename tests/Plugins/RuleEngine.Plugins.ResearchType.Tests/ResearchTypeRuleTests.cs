using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearchType.Tests;

/// <summary>RV0001.experiments-section.</summary>
public sealed class ExperimentsSectionRuleTests
{
    [Fact]
    public void ExperimentsHeadingWithResults_IsExperimental() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We study a new method for sparse regression.

            {|RV0001.experiments-section:5 Experiments|}
            We evaluate our method on three benchmark datasets and compare it with four baselines.
            Our method outperforms all baselines in test accuracy.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Appendix J. Preliminary Experiment")]
    [InlineData("2 Synthetic Experiments")]
    [InlineData("2 Real-World Simulations")]
    public void A_heading_ending_in_experiments_after_modifiers_in_a_theorem_heavy_paper_is_experimental(string heading) =>
        DetectorTest<ResearchTypeDetector>.Verify($$"""
            1 Introduction
            We show that unit selection is NP-hard and give an elimination algorithm.
            Theorem 3. The objective can be optimised by computing the expected value in time exponential in the treewidth.
            Proof. By induction on the elimination order.
            Theorem 4. The bound is tight.

            {|RV0001.experiments-section:{{heading}}|}
            Each data point is an average over 25 random models.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Fact]
    public void DisabledRule_ContributesNothing()
    {
        var result = new DetectorTest<ResearchTypeDetector>
        {
            Markup = """
                1 Introduction
                We study a new method.

                5 Experiments
                The setting is described below.
                """,
            ExpectedVerdict = Verdicts.Theoretical,
            DisabledRules = ["RV0001.experiments-section"],
        }.Run();
        Assert.DoesNotContain(result.Evidence, e => e.Rule == "RV0001.experiments-section");
    }
}

/// <summary>RV0001.results-statement.</summary>
public sealed class ResultsStatementRuleTests
{
    [Fact]
    public void EvaluationSentences_AreExperimental() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            {|RV0001.results-statement:We evaluate the approach on ImageNet and CIFAR-10.|}
            {|RV0001.results-statement:Our model outperforms the strongest baseline by 3 points.|}
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Fact]
    public void FutureExperiments_DoNotCount() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We prove a new lower bound. In future work we plan to evaluate the bound empirically.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);
}

/// <summary>RV0001.results-float.</summary>
public sealed class ResultsFloatRuleTests
{
    [Fact]
    public void ResultsTables_WithoutHeading_AreExperimental()
    {
        var result = DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We propose a new classifier.

            Table 1: Test accuracy of all methods on the UCI datasets.

            Table 2: Running time comparison in seconds.
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0001.results-float");
    }
}

/// <summary>RV0001.theorem-proof.</summary>
public sealed class TheoremProofRuleTests
{
    [Fact]
    public void TheoremsWithoutExperiments_AreTheoretical()
    {
        var result = DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            We study the sample complexity of learning halfspaces.

            Theorem 1. Every class of VC dimension d is learnable with O(d/eps) samples.
            Proof. Follows from the lemma below.
            Lemma 2. The growth function is polynomial.
            Proof. By induction on d.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0001.theorem-proof");
    }
}

/// <summary>RV0001.non-empirical-genre.</summary>
public sealed class NonEmpiricalGenreRuleTests
{
    [Fact]
    public void Survey_WithoutMeasuredResults_IsTheoretical() =>
        DetectorTest<ResearchTypeDetector>.Verify("""
            1 Introduction
            In this survey we organise the literature on program synthesis into four families.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);
}
