using System.Collections.Immutable;
using NSubstitute;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Sdk;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>Issue #12, item 2: an LLM verdict must earn its place; otherwise the heuristic stands and the disagreement is reported.</summary>
public sealed class AnswerAcceptanceTests
{
    [Fact]
    public void An_llm_No_with_no_quotes_does_not_overturn_a_confident_heuristic_Yes()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("No", "nothing found")));
        using var run = new LoopbackFallback(server, o => o with { Mode = LlmMode.Always });
        var heuristic = Result("RV0004", "OpenSourceCode", "Yes", 0.95, new EvidenceEntry(CodeSentence, 1, "RV0004.repository-link"));

        var report = run.Process(Report(heuristic));

        var code = Assert.Single(report.Variables);
        Assert.Equal(("Yes", 0.95, VerdictSources.Heuristic), (code.Verdict, code.Confidence, code.Source));
        Assert.Contains("disagreed (No), not accepted", code.Rationale);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.NotAccepted && d.Message.Contains("LLM said No"));
    }

    [Fact]
    public void An_llm_No_replaces_a_heuristic_Yes_below_the_threshold()
    {
        using var harness = new FallbackHarness().Answers(Answer("No", "the link is to a dataset"));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "Yes", 0.6)), Paper(), CancellationToken.None);

        Assert.Equal(("No", VerdictSources.Llm), (Assert.Single(report.Variables).Verdict, report.Variables[0].Source));
    }

    [Fact]
    public void A_one_word_quote_does_not_carry_a_Yes()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("Yes", "it is there", ("the", 1))));
        using var run = new LoopbackFallback(server);

        var report = run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)));

        Assert.Equal(("No", VerdictSources.Heuristic), (Assert.Single(report.Variables).Verdict, report.Variables[0].Source));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.NotAccepted);
    }

    [Fact]
    public void A_quote_not_in_the_paper_neither_replaces_the_heuristic_nor_is_cached()
    {
        var cache = Substitute.For<ILlmResponseCache>();
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("Yes", "code", ("We release all code and weights on our project page at github.", 2))));
        using var run = new LoopbackFallback(server, cache: cache);

        var report = run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)));

        Assert.Equal(("No", VerdictSources.Heuristic), (Assert.Single(report.Variables).Verdict, report.Variables[0].Source));
        cache.DidNotReceiveWithAnyArgs().Put(default!, default!, default!);
    }

    [Fact]
    public void A_quote_from_the_paper_but_not_from_the_passages_shown_does_not_count()
    {
        const string elsewhere = "The repository https://github.com/example/tool holds the code of our method.";
        var paper = RuleEngine.Document.Building.PaperDocumentBuilder.FromText($"""
            A Tool for Testing
            Jane Doe, University of Somewhere

            1 Introduction
            We study a problem.
            <<<PAGE>>>
            References
            [1] {elsewhere}
            """, "test-paper.pdf");
        using var harness = new FallbackHarness().Answers(Answer("Yes", "link", (elsewhere, 2)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), paper, CancellationToken.None);

        Assert.Equal(VerdictSources.Heuristic, Assert.Single(report.Variables).Source);
    }

    [Fact]
    public void A_verified_quote_the_variables_rules_would_not_look_at_does_not_carry_a_Yes()
    {
        using var harness = new FallbackHarness().Answers(Answer("Yes", "hardware?", (HardwareSentence, 2)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Equal(VerdictSources.Heuristic, Assert.Single(report.Variables).Source);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.NotAccepted && d.Message.Contains("rules would consider"));
    }

    [Fact]
    public void A_detectors_own_candidate_filter_decides_which_quotes_qualify()
    {
        using var harness = new FallbackHarness(null, null, new GpuOnlyCodeDetector()).Answers(Answer("Yes", "link", (CodeSentence, 1)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Equal(VerdictSources.Heuristic, Assert.Single(report.Variables).Source);
    }

    [Fact]
    public void A_sound_answer_is_cached_and_an_unsupported_one_is_not()
    {
        var cache = Substitute.For<ILlmResponseCache>();
        using (var good = new FallbackHarness(cache: cache).Answers(Answer("Yes", "link", (CodeSentence, 1))))
            good.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);
        cache.ReceivedWithAnyArgs(1).Put(default!, default!, default!);

        cache.ClearReceivedCalls();
        using (var bad = new FallbackHarness(cache: cache).Answers(Answer("Yes", "trust me")))
            bad.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);
        cache.DidNotReceiveWithAnyArgs().Put(default!, default!, default!);
    }

    [Theory]
    [InlineData("the", false)]
    [InlineData("code is here", false)]
    [InlineData("https://github.com/example/tool", true)]
    [InlineData("we use it for all runs", true)]
    public void Sentence_sized_means_25_characters_or_5_words(string quote, bool expected) =>
        Assert.Equal(expected, LlmAnswerPolicy.IsSentenceSized(quote));

    /// <summary>A code detector whose rules only look at GPU sentences (to prove its own filter is used).</summary>
    private sealed class GpuOnlyCodeDetector : VariableDetector, ICandidateFilter
    {
        public override VariableDescriptor Variable => TestVariables.Code;
        public override ImmutableArray<RuleDescriptor> SupportedRules => [];
        public override void Initialize(AnalysisContext context) { }
        public override string? GetPromptTemplate() => null;
        public bool IsCandidate(string sentence) => sentence.Contains("GPU", StringComparison.Ordinal);
    }
}
