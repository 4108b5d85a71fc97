namespace RuleEngine.Llm.Caching;

/// <summary>Answers already paid for, keyed by <see cref="CacheKey"/> (model + prompt hash).</summary>
public interface ILlmResponseCache
{
    CachedAnswer? TryGet(string key);

    void Put(string key, string model, CachedAnswer answer);
}

/// <summary>No cache: every call goes to the model.</summary>
public sealed class NoResponseCache : ILlmResponseCache
{
    public static NoResponseCache Instance { get; } = new();

    public CachedAnswer? TryGet(string key) => null;

    public void Put(string key, string model, CachedAnswer answer) { }
}
