using System.Globalization;
using RuleEngine.Engine.Configuration;

namespace RuleEngine.Llm.Configuration;

/// <summary>
/// The LLM fallback's settings, read from the engine configuration (<c>ruleengine.llm.*</c> keys and
/// per-variable <c>ruleengine.RV0004.llm_threshold</c>), which the command line may override.
/// </summary>
public sealed record LlmOptions
{
    public const string DefaultOpenAIEndpoint = "https://api.openai.com/v1";
    public const string DefaultOllamaEndpoint = "http://localhost:11434";
    public const string DefaultOpenAIModel = "gpt-4o-mini";
    public const string DefaultOllamaModel = "llama3.1";

    public LlmMode Mode { get; init; } = LlmMode.Off;
    public LlmProvider Provider { get; init; } = LlmProvider.OpenAI;
    public string Endpoint { get; init; } = DefaultOpenAIEndpoint;
    public string Model { get; init; } = DefaultOpenAIModel;

    /// <summary>Most prompt tokens (system + user message, o200k tokenizer) one call may use.</summary>
    public int TokenBudget { get; init; } = 4000;

    /// <summary>Most tokens the model may answer with.</summary>
    public int MaxOutputTokens { get; init; } = 800;

    /// <summary>In fallback mode a verdict goes to the LLM when its confidence is below this (unless the variable sets its own).</summary>
    public double DefaultThreshold { get; init; } = 0.75;

    /// <summary>Per-variable thresholds by variable ID or key (<c>ruleengine.RV0004.llm_threshold</c>).</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Confidence given to an LLM verdict whose quotes were all found in the paper.</summary>
    public double VerifiedConfidence { get; init; } = 0.85;

    /// <summary>Confidence given to an LLM verdict with a quote not found in the paper (it is flagged too).</summary>
    public double UnverifiedConfidence { get; init; } = 0.5;

    public double Temperature { get; init; }

    /// <summary>Time one HTTP attempt may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a 429, a 5xx, a network error or a timed-out attempt.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; doubles each retry (with jitter), or what the server's Retry-After says.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Calls in flight at once across all papers.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Largest response body read from the endpoint; a larger one fails the call (never buffered whole).</summary>
    public long MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Time the LLM work of one paper may take, inside the paper's budget; when it runs out the paper keeps its heuristic verdicts.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(8);

    /// <summary>Most calls to the endpoint in the whole run (answers from the cache not counted); null: no cap.</summary>
    public int? MaxCalls { get; init; }

    /// <summary>Most prompt + completion tokens spent in the whole run (cached ones not counted); null: no cap.</summary>
    public long? MaxTokens { get; init; }

    /// <summary>USD per million prompt tokens, for the run's estimated cost (default: gpt-4o-mini's list price for OpenAI, 0 otherwise).</summary>
    public decimal PromptPricePerMillion { get; init; }

    /// <summary>USD per million completion tokens.</summary>
    public decimal CompletionPricePerMillion { get; init; }

    /// <summary>SQLite response cache file; null disables the cache.</summary>
    public string? CachePath { get; init; } = DefaultCachePath;

    /// <summary>Time one paper may take when the LLM is on (raises <c>engine.paper_budget_ms</c> if that is lower).</summary>
    public TimeSpan PaperBudget { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The user's cache folder (<see cref="Caching.CacheLocation"/>), or null (no cache) when neither XDG_CACHE_HOME nor HOME is set.</summary>
    public static string? DefaultCachePath => Caching.CacheLocation.Default();

    /// <summary>The threshold of one variable: <c>ruleengine.ID.llm_threshold</c> or <c>ruleengine.KEY.llm_threshold</c>, else the default.</summary>
    public double ThresholdFor(string id, string key) =>
        Thresholds.TryGetValue(id, out var t) || Thresholds.TryGetValue(key, out t) ? t : DefaultThreshold;

    /// <summary>Reads <c>ruleengine.llm.*</c> and <c>ruleengine.*.llm_threshold</c>; throws <see cref="FormatException"/> for a bad value.</summary>
    public static LlmOptions FromSettings(EngineSettings settings)
    {
        var provider = ParseProvider(settings.Get("llm.provider") ?? "openai");
        var defaults = new LlmOptions();
        var cache = settings.Get("llm.cache");
        return new LlmOptions
        {
            Mode = ParseMode(settings.Get("llm.mode") ?? "off"),
            Provider = provider,
            Endpoint = NonEmpty(settings.Get("llm.endpoint")) ?? (provider == LlmProvider.Ollama ? DefaultOllamaEndpoint : DefaultOpenAIEndpoint),
            Model = NonEmpty(settings.Get("llm.model")) ?? (provider == LlmProvider.Ollama ? DefaultOllamaModel : DefaultOpenAIModel),
            TokenBudget = (int)Positive(settings, "llm.token_budget", defaults.TokenBudget),
            MaxOutputTokens = (int)Positive(settings, "llm.max_output_tokens", defaults.MaxOutputTokens),
            DefaultThreshold = settings.GetDouble("llm.threshold", defaults.DefaultThreshold),
            Thresholds = ReadThresholds(settings),
            VerifiedConfidence = settings.GetDouble("llm.confidence", defaults.VerifiedConfidence),
            UnverifiedConfidence = settings.GetDouble("llm.unverified_confidence", defaults.UnverifiedConfidence),
            Temperature = settings.GetDouble("llm.temperature", 0),
            Timeout = TimeSpan.FromMilliseconds(Positive(settings, "llm.timeout_ms", defaults.Timeout.TotalMilliseconds)),
            MaxRetries = (int)Math.Max(0, settings.GetDouble("llm.max_retries", defaults.MaxRetries)),
            RetryDelay = TimeSpan.FromMilliseconds(Math.Max(0, settings.GetDouble("llm.retry_delay_ms", defaults.RetryDelay.TotalMilliseconds))),
            MaxConcurrency = (int)Positive(settings, "llm.max_concurrency", defaults.MaxConcurrency),
            CachePath = cache is null ? DefaultCachePath : cache.ToLowerInvariant() is "" or "off" or "none" or "false" ? null : ExpandHome(cache),
            PaperBudget = TimeSpan.FromMilliseconds(Positive(settings, "llm.paper_budget_ms", defaults.PaperBudget.TotalMilliseconds)),
            Budget = TimeSpan.FromMilliseconds(Positive(settings, "llm.budget_ms", defaults.Budget.TotalMilliseconds)),
            MaxResponseBytes = (long)Positive(settings, "llm.max_response_bytes", defaults.MaxResponseBytes),
            PromptPricePerMillion = (decimal)settings.GetDouble("llm.prompt_price_per_million", provider == LlmProvider.OpenAI ? 0.15 : 0),
            CompletionPricePerMillion = (decimal)settings.GetDouble("llm.completion_price_per_million", provider == LlmProvider.OpenAI ? 0.60 : 0),
            MaxCalls = settings.Get("llm.max_calls") is null ? null : (int)Positive(settings, "llm.max_calls", 1),
            MaxTokens = settings.Get("llm.max_tokens") is null ? null : (long)Positive(settings, "llm.max_tokens", 1),
        };
    }

    public static LlmMode ParseMode(string value) => value.Trim().ToLowerInvariant() switch
    {
        "off" or "none" or "false" or "" => LlmMode.Off,
        "fallback" => LlmMode.Fallback,
        "always" => LlmMode.Always,
        _ => throw new FormatException($"LLM mode must be off, fallback or always, not '{value}'"),
    };

    public static LlmProvider ParseProvider(string value) => value.Trim().ToLowerInvariant() switch
    {
        "openai" or "openai-compatible" => LlmProvider.OpenAI,
        "ollama" => LlmProvider.Ollama,
        _ => throw new FormatException($"LLM provider must be openai or ollama, not '{value}'"),
    };

    private static IReadOnlyDictionary<string, double> ReadThresholds(EngineSettings settings)
    {
        const string suffix = ".llm_threshold";
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings.Values)
        {
            if (!key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || !key.StartsWith(EngineSettings.Prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var variable = key[EngineSettings.Prefix.Length..^suffix.Length];
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
                throw new FormatException($"{key} must be a number, not '{value}'");
            result[variable] = threshold;
        }
        return result;
    }

    private static double Positive(EngineSettings settings, string key, double fallback)
    {
        var value = settings.GetDouble(key, fallback);
        if (value <= 0) throw new FormatException($"ruleengine.{key} must be positive, not '{settings.Get(key)}'");
        return value;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]) : path;
}
