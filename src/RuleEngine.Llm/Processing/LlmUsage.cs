using System.Globalization;

namespace RuleEngine.Llm.Processing;

/// <summary>What one paper cost: calls, answers served from the cache, prompt and completion tokens (thread-safe).</summary>
public sealed class LlmUsage
{
    private int _calls;
    private int _cached;
    private int _failed;
    private long _promptTokens;
    private long _completionTokens;

    public int Calls => _calls;
    public int Cached => _cached;
    public int Failed => _failed;
    public long PromptTokens => Interlocked.Read(ref _promptTokens);
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);

    public void Record(long promptTokens, long completionTokens, bool cached)
    {
        Interlocked.Increment(ref _calls);
        if (cached) Interlocked.Increment(ref _cached);
        Interlocked.Add(ref _promptTokens, promptTokens);
        Interlocked.Add(ref _completionTokens, completionTokens);
    }

    /// <summary>A call that brought no answer (network error, HTTP error, timeout).</summary>
    public void RecordFailure()
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _failed);
    }

    /// <summary>E.g. "LLM (gpt-4o-mini): 3 calls (1 from cache), 4,812 prompt tokens, 310 completion tokens".</summary>
    public string Describe(string model) => string.Create(CultureInfo.InvariantCulture,
        $"LLM ({model}): {Calls} call{(Calls == 1 ? "" : "s")}{(Cached > 0 ? $" ({Cached} from cache)" : "")}{(Failed > 0 ? $" ({Failed} failed)" : "")}, {PromptTokens:N0} prompt tokens, {CompletionTokens:N0} completion tokens");
}
