using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace RuleEngine.Llm.Clients;

/// <summary>
/// The run's circuit to the LLM endpoint: after <see cref="FailuresToOpen"/> consecutive failed HTTP
/// attempts (network error, timeout, non-success status, oversized answer) it opens for the rest of the run
/// through Polly's circuit breaker (<see cref="CircuitBreakerManualControl"/>), so a dead or hung endpoint
/// costs a corpus run at most that many attempts (plus those already in flight). A success closes the count.
/// </summary>
public sealed class EndpointCircuit
{
    public const int DefaultFailuresToOpen = 5;

    private readonly CircuitBreakerManualControl _control = new();
    private int _consecutiveFailures;
    private int _open;

    public EndpointCircuit(int failuresToOpen = DefaultFailuresToOpen) => FailuresToOpen = Math.Clamp(failuresToOpen, 1, DefaultFailuresToOpen);

    public int FailuresToOpen { get; }

    public bool IsOpen => Volatile.Read(ref _open) == 1;

    /// <summary>The breaker strategy options to add to the HTTP pipeline: it observes every attempt and is opened by this circuit.</summary>
    public CircuitBreakerStrategyOptions<HttpResponseMessage> StrategyOptions() => new()
    {
        ManualControl = _control,
        MinimumThroughput = int.MaxValue,
        ShouldHandle = async args =>
        {
            await ObserveAsync(args.Outcome).ConfigureAwait(false);
            return false; // the breaker never opens by ratio: only by the consecutive count
        },
    };

    private async ValueTask ObserveAsync(Outcome<HttpResponseMessage> outcome)
    {
        var failed = outcome switch
        {
            { Exception: OperationCanceledException } => (bool?)null, // the caller gave up: says nothing of the endpoint
            { Exception: not null } => true,
            { Result: { } response } => !response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.BadRequest,
            _ => false,
        };
        if (failed is null) return;
        if (failed == false)
        {
            Interlocked.Exchange(ref _consecutiveFailures, 0);
            return;
        }
        if (Interlocked.Increment(ref _consecutiveFailures) >= FailuresToOpen && Interlocked.Exchange(ref _open, 1) == 0)
            await _control.IsolateAsync().ConfigureAwait(false);
    }
}
