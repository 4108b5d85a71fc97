using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>Issue #12, item 4: the key goes only where the user said, and never into a report.</summary>
public sealed class KeyHandlingTests
{
    private const string Key = "sk-test-0123456789abcdefSECRET";

    [Fact]
    public void A_401_body_echoing_the_key_is_redacted_from_the_diagnostic()
    {
        using var server = new LoopbackChatServer(new ScriptedReply(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + Key + "\"}}"));
        using var run = new LoopbackFallback(server, apiKey: Key);
        var processor = new LlmFallbackProcessor([LlmVariable.From(new FakeDetector(TestVariables.Code), null)], new LlmVariableJudge(run.Runner, run.Options), run.Options, new SecretRedactor(Key));

        var report = processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.CallFailed);
        Assert.All(report.Diagnostics, d => Assert.DoesNotContain("0123456789abcdef", d.Message));
    }

    [Theory]
    [InlineData("Authorization: Bearer abcdefghijklmnop", "Authorization: Bearer [redacted]")]
    [InlineData("bad key sk-proj-AAAAAAAAAAAAAAAAAAAA here", "bad key [redacted] here")]
    public void Key_shaped_text_is_redacted_even_when_it_is_not_the_runs_key(string text, string expected) =>
        Assert.Equal(expected, SecretRedactor.None.Redact(text));

    [Theory]
    [InlineData("http://example.org/v1")]
    [InlineData("http://10.0.0.5:8080/v1")]
    public void A_key_is_never_sent_over_plain_http_to_a_host_that_is_not_loopback(string endpoint)
    {
        var options = new LlmOptions { Mode = LlmMode.Fallback, Endpoint = endpoint, CachePath = null };

        var error = Assert.Throws<InvalidOperationException>(() => ChatClientFactory.Create(options, Key));

        Assert.Contains("refusing to send the API key over plain http", error.Message);
        Assert.DoesNotContain(Key, error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/v1", "sk-x")]
    [InlineData("http://localhost:11434/v1", "sk-x")]
    [InlineData("http://[::1]:8000/v1", "sk-x")]
    [InlineData("https://api.example.org/v1", "sk-x")]
    [InlineData("http://example.org/v1", null)]
    public void Https_loopback_or_no_key_are_allowed(string endpoint, string? key) =>
        Assert.NotNull(ChatClientFactory.Create(new LlmOptions { Mode = LlmMode.Fallback, Endpoint = endpoint, CachePath = null }, key));
}
