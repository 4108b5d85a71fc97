using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>RV0004.future-release and RV0004.third-party-code: negative evidence that keeps a No.</summary>
public sealed class NegativeRuleTests
{
    [Fact]
    public void Future_release_with_no_link_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            5 Conclusion
            All implementations and data sets will be published.
            """, "No");

    [Fact]
    public void Link_removed_for_review_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            Our code is available at [link removed for review].
            """, "No");

    [Fact]
    public void Library_used_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            We use the implementation of the baseline provided by its authors at https://github.com/other/baseline.
            """, "No");
}
