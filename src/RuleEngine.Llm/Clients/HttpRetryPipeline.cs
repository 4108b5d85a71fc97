using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using RuleEngine.Llm.Configuration;

namespace RuleEngine.Llm.Clients;

/// <summary>
/// The Polly pipelines every LLM HTTP request goes through: retries with exponential backoff (or the
/// server's Retry-After) on 429, 5xx, network errors and timed-out attempts; and, per attempt, the run's
/// <see cref="EndpointCircuit"/> breaker and a timeout.
/// </summary>
public static class HttpRetryPipeline
{
    /// <summary>The longest Retry-After honoured; a server asking for more gets this.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public static ResiliencePipeline<HttpResponseMessage> Create(LlmOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>One attempt, once it holds a slot: the run's breaker (checked only now, so no attempt queued behind a slot slips past an open circuit) around the per-attempt timeout.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Attempt(LlmOptions options, EndpointCircuit circuit) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddCircuitBreaker(circuit.StrategyOptions())
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout })
            .Build();

    /// <summary>Whether an outcome is worth another attempt.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null) return null;
        var delay = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (delay is null) return null;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }
}
