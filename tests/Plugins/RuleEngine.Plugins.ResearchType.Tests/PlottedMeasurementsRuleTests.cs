using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearchType.Tests;

/// <summary>
/// RV0001.plotted-measurements: a theorem-heavy paper whose experiment sits under an unusual heading and is reported
/// as a plot (a run of axis-tick lines). A plot without such a heading, or such a heading without a plot, does not count.
/// </summary>
public sealed class PlottedMeasurementsRuleTests
{
    private const string Theory = """
        1 Introduction
        We study benign overfitting of two-layer networks.

        Theorem 1. The KKT points generalise when the data are nearly orthogonal.
        Proof. By the concentration of the Gram matrix.
        Lemma 2. The margin is bounded below.
        Proof. Immediate from Theorem 1.
        """;

    private const string Plot = """
        Figure 1: Test accuracy against training steps, averaged over three seeds.
        1.0
        0.9
        0.8
        0.7
        0.6
        0.5
        1e+00 1e+01 1e+02 1e+03
        """;

    [Theory]
    [InlineData("4 Numerical Examples")]
    [InlineData("Appendix E. Experiment details")]
    [InlineData("6 Synthetic data")]
    [InlineData("4. Numerical Example")]
    public void LooseHeadingWithPlot_IsExperimental(string heading) =>
        DetectorTest<ResearchTypeDetector>.Verify($$"""
            {{Theory}}

            {|RV0001.plotted-measurements:{{heading}}|}
            We train the network with gradient descent for 1000 steps and plot the accuracy.
            {{Plot}}
            """, Verdicts.Experimental, allowUnmarkedEvidence: true);

    [Fact]
    public void LooseHeadingWithWorkedExampleOnly_IsTheoretical() =>
        DetectorTest<ResearchTypeDetector>.Verify($$"""
            {{Theory}}

            4 Numerical Examples
            For n = 3 the bound gives 0.25, and for n = 4 it gives 0.2, as Theorem 1 predicts.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);

    [Fact]
    public void PlotWithoutEmpiricalHeading_IsTheoretical() =>
        DetectorTest<ResearchTypeDetector>.Verify($$"""
            {{Theory}}

            3 Properties of the loss
            The loss is plotted below as a function of the margin.
            {{Plot}}
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);

    [Fact]
    public void EquationNumbersAndMatricesAreNotAPlot() =>
        DetectorTest<ResearchTypeDetector>.Verify($$"""
            {{Theory}}

            4 Numerical Examples
            We augment the system with the stable mode
            (1)
            (2)
            −1
            9
            0
            1
            0
            where the entries are fixed.
            """, Verdicts.Theoretical, allowUnmarkedEvidence: true);
}
