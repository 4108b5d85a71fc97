namespace RuleEngine.Llm.Clients;

/// <summary>
/// The run's HTTP attempts in flight at once (<see cref="Configuration.LlmOptions.MaxConcurrency"/>). A slot is
/// held for one attempt only — never through a retry's backoff or a Retry-After wait — and waiters are served
/// first come, first served, so one paper's failing calls never starve another paper's.
/// </summary>
public sealed class AttemptSlots(int count) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, count), Math.Max(1, count));

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { return await attempt(cancellationToken).ConfigureAwait(false); }
        finally { _slots.Release(); }
    }

    public void Dispose() => _slots.Dispose();
}
