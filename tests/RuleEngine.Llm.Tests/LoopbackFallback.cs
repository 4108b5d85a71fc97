using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Tests;

/// <summary>
/// The fallback through the real OpenAI client, HTTP handler (retries, breaker, slots, size cap) and runner,
/// talking to a <see cref="LoopbackChatServer"/>. One instance is one run: its breaker and caps span every
/// paper it processes.
/// </summary>
public sealed class LoopbackFallback : IDisposable
{
    public LoopbackFallback(LoopbackChatServer server, Func<LlmOptions, LlmOptions>? configure = null, ILlmResponseCache? cache = null, string? apiKey = null, params VariableDetector[] detectors)
    {
        var options = new LlmOptions
        {
            Mode = LlmMode.Fallback,
            Provider = LlmProvider.OpenAI,
            Endpoint = server.Endpoint,
            Model = "loopback-model",
            CachePath = null,
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        };
        Options = configure?.Invoke(options) ?? options;
        Runner = new LlmCallRunner(ChatClientFactory.Create(Options, apiKey), cache ?? NoResponseCache.Instance, Options);
        var all = detectors.Length > 0 ? detectors : [new FakeDetector(TestVariables.Code)];
        Processor = new LlmFallbackProcessor(all.Select(d => LlmVariable.From(d, null)).ToList(), new LlmVariableJudge(Runner, Options), Options);
    }

    public LlmOptions Options { get; }
    public LlmCallRunner Runner { get; }
    public LlmFallbackProcessor Processor { get; }

    public PaperReport Process(PaperReport report, PaperDocument? document = null, CancellationToken cancellationToken = default) =>
        Processor.Process(report, document ?? TestPapers.Paper(), cancellationToken);

    public void Dispose() => Runner.Dispose();
}
