using System.Diagnostics;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>
/// The fallback against a real HTTP server on loopback speaking the OpenAI chat-completions protocol,
/// through the real OpenAI client (Microsoft.Extensions.AI.OpenAI), retry handler and timeouts.
/// </summary>
public sealed class OpenAICompatibleEndToEndTests
{
    private static readonly VariableResult Heuristic = Result("RV0004", "OpenSourceCode", "No", 0.4);

    private static PaperReport Run(LoopbackChatServer server, TimeSpan? timeout = null, int retries = 2)
    {
        using var fallback = new LoopbackFallback(server, o => o with { Timeout = timeout ?? TimeSpan.FromSeconds(5), MaxRetries = retries });
        return fallback.Process(Report(Heuristic), Paper());
    }

    [Fact]
    public void Success_replaces_the_low_confidence_verdict_with_the_llm_one()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("Yes", "the paper links its code", (CodeSentence, 1))));

        var report = Run(server);

        var code = Assert.Single(report.Variables);
        Assert.Equal(("Yes", VerdictSources.Llm, (string?)null), (code.Verdict, code.Source, code.Flag));
        Assert.True(Assert.Single(code.Evidence).Verified);
        var (path, body) = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", path);
        Assert.Contains("\"json_schema\"", body);
        Assert.Contains("\"model\":\"loopback-model\"", body);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.Usage && d.Message.Contains("1 call, 321 prompt tokens, 45 completion tokens"));
    }

    [Fact]
    public void Malformed_json_keeps_the_heuristic_verdict()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok("{\"verdict\": \"Yes\", \"quotes\": [{\"quote\": "));

        var report = Run(server);

        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.BadAnswer && d.Level == DiagnosticLevels.Warning);
    }

    [Fact]
    public void A_hallucinated_quote_alone_keeps_the_heuristic_verdict()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("Yes", "code", ("We release all code and weights on our project page.", 2))));

        var report = Run(server);

        var code = Assert.Single(report.Variables);
        Assert.Equal(("No", VerdictSources.Heuristic), (code.Verdict, code.Source));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.NotAccepted);
    }

    [Fact]
    public void A_429_is_retried_then_succeeds()
    {
        using var server = new LoopbackChatServer(
            new ScriptedReply(429, """{"error":{"message":"rate limited","type":"rate_limit"}}""", RetryAfter: "0"),
            new ScriptedReply(503, """{"error":{"message":"overloaded"}}"""),
            ScriptedReply.Ok(Answer("Yes", "link", (CodeSentence, 1))));

        var report = Run(server);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(VerdictSources.Llm, Assert.Single(report.Variables).Source);
    }

    [Fact]
    public void A_server_that_never_answers_in_time_keeps_the_heuristic_verdict()
    {
        using var server = new LoopbackChatServer(new ScriptedReply(200, Answer("Yes", "late"), Delay: TimeSpan.FromSeconds(20)));
        var clock = Stopwatch.StartNew();

        var report = Run(server, timeout: TimeSpan.FromMilliseconds(500), retries: 1);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.InRange(server.Requests.Count, 1, 2); // the retry may itself time out before the server has read it
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.Usage && d.Message.Contains("1 call (1 failed)"));
        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.CallFailed && d.Message.Contains("timed out"));
    }

    [Fact]
    public void A_client_error_is_not_retried()
    {
        using var server = new LoopbackChatServer(new ScriptedReply(401, """{"error":{"message":"bad key"}}"""));

        var report = Run(server);

        Assert.Single(server.Requests);
        Assert.Equal(Heuristic, Assert.Single(report.Variables));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.CallFailed);
    }
}
