using System.Globalization;
using RuleEngine.Llm.Configuration;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// What the whole run spent on the LLM (thread-safe): calls to the endpoint, answers from the cache, tokens
/// spent and tokens served from the cache (counted apart), an estimated cost; and the run's caps
/// (<see cref="LlmOptions.MaxCalls"/>, <see cref="LlmOptions.MaxTokens"/>): once reached, no further call is made.
/// </summary>
public sealed class LlmRunLedger(LlmOptions options)
{
    private int _calls;
    private int _cached;
    private long _promptTokens;
    private long _completionTokens;
    private long _cachedTokens;

    public int Calls => Volatile.Read(ref _calls);
    public int Cached => Volatile.Read(ref _cached);
    public long PromptTokens => Interlocked.Read(ref _promptTokens);
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);
    public long CachedTokens => Interlocked.Read(ref _cachedTokens);

    /// <summary>USD, from <see cref="LlmOptions.PromptPricePerMillion"/> and <see cref="LlmOptions.CompletionPricePerMillion"/>.</summary>
    public decimal EstimatedCost => (PromptTokens * options.PromptPricePerMillion + CompletionTokens * options.CompletionPricePerMillion) / 1_000_000m;

    /// <summary>Takes one call from the run's allowance; false (and nothing taken) when a cap is reached.</summary>
    public bool TryReserveCall(long promptTokens)
    {
        if (options.MaxTokens is { } maxTokens && PromptTokens + CompletionTokens + promptTokens > maxTokens) return false;
        var calls = Interlocked.Increment(ref _calls);
        if (options.MaxCalls is { } maxCalls && calls > maxCalls)
        {
            Interlocked.Decrement(ref _calls);
            return false;
        }
        return true;
    }

    public void RecordSpent(long promptTokens, long completionTokens)
    {
        Interlocked.Add(ref _promptTokens, promptTokens);
        Interlocked.Add(ref _completionTokens, completionTokens);
    }

    public void RecordCached(long tokens)
    {
        Interlocked.Increment(ref _cached);
        Interlocked.Add(ref _cachedTokens, tokens);
    }

    /// <summary>E.g. "LLM run total (gpt-4o-mini): 12 calls, 3 answers from cache (2,400 tokens not spent), 40,112 prompt + 3,020 completion tokens, est. $0.0078".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"LLM run total ({options.Model}): {Calls} call{(Calls == 1 ? "" : "s")}, {Cached} answer{(Cached == 1 ? "" : "s")} from cache ({CachedTokens:N0} tokens not spent), {PromptTokens:N0} prompt + {CompletionTokens:N0} completion tokens, est. ${EstimatedCost:0.####}");
}
