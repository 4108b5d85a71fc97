using Microsoft.Extensions.AI;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Processing;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

public sealed class MalformedAnswerTests
{
    private static readonly VariableResult Heuristic = Result("RV0004", "OpenSourceCode", "No", 0.4);

    [Theory]
    [InlineData("Sorry, I cannot help with that.", "not valid JSON")]
    [InlineData("{\"verdict\": \"Maybe\", \"quotes\": [], \"reason\": \"unsure\"}", "'Maybe' is not one of Yes, No")]
    [InlineData("{\"quotes\": [], \"reason\": \"forgot\"}", "no verdict")]
    [InlineData("", "empty answer")]
    [InlineData("{\"verdict\": \"Yes\", \"quotes\": [", "not valid JSON")]
    public void A_malformed_answer_keeps_the_heuristic_verdict_with_a_warning(string answer, string expected)
    {
        using var harness = new FallbackHarness().Answers(answer);

        var report = harness.Processor.Process(Report(Heuristic), Paper(), CancellationToken.None);

        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        var warning = Assert.Single(report.Diagnostics, d => d.Id == LlmDiagnosticIds.BadAnswer);
        Assert.Equal(DiagnosticLevels.Warning, warning.Level);
        Assert.Contains(expected, warning.Message);
    }

    [Fact]
    public void A_fenced_answer_with_a_verdict_in_another_case_is_accepted()
    {
        using var harness = new FallbackHarness().Answers("```json\n{\"verdict\": \"yes\", \"quotes\": [{\"quote\": \"" + CodeSentence + "\", \"page\": 1}], \"reason\": \"link\"}\n```");

        var report = harness.Processor.Process(Report(Heuristic), Paper(), CancellationToken.None);

        Assert.Equal("Yes", Assert.Single(report.Variables).Verdict);
    }

    [Fact]
    public void A_refusal_keeps_the_heuristic_verdict()
    {
        using var harness = new FallbackHarness();
        harness.Client.GetResponseAsync(Arg.Any<IEnumerable<ChatMessage>>(), Arg.Any<ChatOptions?>(), Arg.Any<CancellationToken>())
            .Returns(new ChatResponse(new ChatMessage(ChatRole.Assistant, "")) { FinishReason = ChatFinishReason.ContentFilter });

        var report = harness.Processor.Process(Report(Heuristic), Paper(), CancellationToken.None);

        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.BadAnswer && d.Message.Contains("refused"));
    }

    [Fact]
    public void A_failing_call_keeps_the_heuristic_verdict_and_never_throws()
    {
        using var harness = new FallbackHarness();
        harness.Client.GetResponseAsync(Arg.Any<IEnumerable<ChatMessage>>(), Arg.Any<ChatOptions?>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new HttpRequestException("connection refused"));

        var report = harness.Processor.Process(Report(Heuristic), Paper(), CancellationToken.None);

        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.CallFailed && d.Message.Contains("connection refused"));
    }
}
