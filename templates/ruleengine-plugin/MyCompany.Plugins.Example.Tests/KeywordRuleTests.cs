using RuleEngine.Testing;

namespace MyCompany.Plugins.Example.Tests;

/// <summary>
/// RV0900.keyword, written like Roslyn analyzer tests: the paper is text, <c>{|RULE-ID:...|}</c> marks what must be
/// cited (by that rule), <c>[|...|]</c> marks a span any rule may cite, a line <c>&lt;&lt;&lt;PAGE&gt;&gt;&gt;</c> starts a new page.
/// Unmarked evidence and a wrong verdict, rule or page fail the test with the differences listed.
/// </summary>
public sealed class KeywordRuleTests
{
    [Fact]
    public void A_sentence_with_the_keyword_is_cited() =>
        DetectorTest<ExampleDetector>.Verify("""
            1 Introduction
            We propose a method.
            <<<PAGE>>>
            5 Discussion
            {|RV0900.keyword:We discuss the limitations of our method below.|}
            """, "Yes");

    [Fact]
    public void A_paper_without_the_keyword_is_a_no() =>
        DetectorTest<ExampleDetector>.Verify("""
            1 Introduction
            We propose a method and evaluate it.
            """, "No");
}
