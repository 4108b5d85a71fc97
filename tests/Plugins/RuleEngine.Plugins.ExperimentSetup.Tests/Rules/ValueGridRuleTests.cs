using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>
/// RV0009.value-grid: a value set or range a parameter takes — next to a setting noun or symbol, or in a sentence with
/// a grid word. Phrasings invented or taken from non-dev papers.
/// </summary>
public sealed class ValueGridRuleTests
{
    [Theory]
    [InlineData("We run the method with λ ∈ {0.1, 1, 10} on every instance.")]
    [InlineData("We vary the window from 2 to 20 and keep all else fixed.")]
    [InlineData("We plot 30 curves, one per value of the noise level, equally spaced between 0.0001 and 0.05.")]
    [InlineData("The regularisation weight takes values in {0.01, 0.1, 0.5}.")]
    [InlineData("We simulate adaptive and regular diffusion for q ∈ {0.1, 0.5}.")]
    public void ParameterValues_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            6 Simulations
            {|RV0009.value-grid:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("There are four ground vehicles j ∈ {1, 2, 3, 4} and two aerial vehicles j ∈ {5, 6}.")]
    [InlineData("The data cover the years from 2001 to 2019.")]
    [InlineData("The accuracy rises from 70 to 85 when more data are used.")]
    public void IndexSetsYearsAndResults_AreNo(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            6 Simulations
            {{sentence}}
            """, "No");
}
