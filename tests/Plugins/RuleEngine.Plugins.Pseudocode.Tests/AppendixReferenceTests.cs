using RuleEngine.Testing;

namespace RuleEngine.Plugins.Pseudocode.Tests;

/// <summary>
/// An algorithm the text places in an appendix the PDF does not hold is elsewhere, like one in the
/// supplementary material; when the appendix is there, the reference still counts.
/// </summary>
public sealed class AppendixReferenceTests
{
    [Theory]
    [InlineData("Our training loop is described fully in Algorithm 1 in the Appendix.")]
    [InlineData("Details of the algorithm, pseudocode and hyperparameters are provided in Appendix B.")]
    [InlineData("The policy is trained simultaneously with the value function (see supplementary Algorithm 1 with α = 0).")]
    public void A_reference_to_a_missing_appendix_is_no(string sentence) =>
        DetectorTest<PseudocodeDetector>.Verify($"""
            3 Method
            {sentence}
            4 Conclusion
            We are done.
            """, "No");

    [Fact]
    public void A_reference_into_an_appendix_that_is_present_counts() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            {|RV0003.algorithm-reference:The pseudocode of our method is given in Algorithm 1 in the appendix.|}
            Appendix A. Proofs
            We give the derivations here.
            """, "Yes", allowUnmarkedEvidence: true);
}
