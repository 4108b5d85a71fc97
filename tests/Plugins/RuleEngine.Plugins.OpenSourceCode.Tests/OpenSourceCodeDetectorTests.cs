using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>Worked cases of the specification for RV0004 Open Source Code.</summary>
public sealed class OpenSourceCodeDetectorTests
{
    [Fact]
    public void Code_and_data_available_at_a_repository_is_yes() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            1 Introduction
            We propose X. {|RV0004.release-statement:Code and data are available at https://github.com/x/y.|}
            """, "Yes");

    [Fact]
    public void Official_implementation_of_a_cited_work_alone_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            We build on the official implementation of [7] (https://github.com/a/b).
            """, "No");

    [Fact]
    public void Code_promised_for_the_future_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            5 Conclusion
            The code will be released upon acceptance of the paper.
            """, "No");

    [Fact]
    public void Code_available_upon_request_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            Our implementation is available from the authors upon request.
            """, "No");

    [Fact]
    public void Release_sentence_pointing_to_a_homepage_is_yes() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.release-statement:The source code can be found at www.example.org/~me/tool.|}
            """, "Yes");

    [Fact]
    public void Code_on_the_authors_website_without_address_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            Data and codes can be found on the authors' website.
            """, "No");

    [Fact]
    public void Paper_without_any_code_statement_is_no() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            1 Introduction
            We prove a lower bound on the sample complexity of multiclass learning.
            """, "No");

    [Fact]
    public void Disabled_rules_contribute_nothing() =>
        new DetectorTest<OpenSourceCodeDetector>
        {
            Markup = """
                1 Introduction
                Code and data are available at https://github.com/x/y.
                """,
            ExpectedVerdict = "No",
            DisabledRules = ["RV0004.release-statement", "RV0004.repository-link"],
        }.Run();
}
