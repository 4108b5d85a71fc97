using RuleEngine.Llm.Processing;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

public sealed class QuoteVerificationTests
{
    [Fact]
    public void A_quote_found_in_the_paper_is_verified_and_gets_its_real_page()
    {
        using var harness = new FallbackHarness().Answers(Answer("Yes", "code link", (CodeSentence.Replace(" ", "  "), 7)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        var code = Assert.Single(report.Variables);
        var quote = Assert.Single(code.Evidence);
        Assert.True(quote.Verified);
        Assert.Equal(1, quote.Page);
        Assert.Equal("RV0004.llm", quote.Rule);
        Assert.Null(code.Flag);
        Assert.Equal(0.85, code.Confidence);
        Assert.Contains("heuristic said No (0.40)", code.Rationale);
    }

    [Fact]
    public void A_hallucinated_quote_is_kept_unverified_and_flags_the_verdict()
    {
        using var harness = new FallbackHarness().Answers(Answer("Yes", "code link",
            (CodeSentence, 1), ("The full source code is released under the MIT license at gitlab.com/x.", 3)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        var code = Assert.Single(report.Variables);
        Assert.Equal("Yes", code.Verdict);
        Assert.Equal(QuoteVerifier.NotFoundFlag, code.Flag);
        Assert.Equal([true, false], code.Evidence.Select(e => e.Verified == true));
        Assert.Equal(0.5, code.Confidence);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.QuoteNotFound && d.Message.Contains("1 of 2"));
    }

    [Fact]
    public void An_agreeing_answer_without_quotes_keeps_the_heuristic_evidence()
    {
        var cited = new RuleEngine.Engine.Reporting.EvidenceEntry(CodeSentence, 1, "RV0004.repository-link");
        using var harness = new FallbackHarness().Answers(Answer("Yes", "agrees"));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "Yes", 0.6, cited)), Paper(), CancellationToken.None);

        var code = Assert.Single(report.Variables);
        Assert.Equal(("Yes", "llm"), (code.Verdict, code.Source));
        Assert.Equal([cited], code.Evidence);
    }
}
