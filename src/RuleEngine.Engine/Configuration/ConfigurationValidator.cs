using System.Globalization;

namespace RuleEngine.Engine.Configuration;

/// <summary>
/// Checks configuration keys and values before a run, so a typo is an error rather than a silently
/// ignored setting: <c>RV0004.enabled = flase</c> is not a boolean, <c>engine.paper_budget_ms = 1O00</c>
/// not a number, <c>RV0004.enabeld</c> not a key. Known keys: <c>engine.*</c> and <c>llm.*</c> (below),
/// and per variable (ID or key) or rule ID: <c>.enabled</c>, <c>.llm_threshold</c>, <c>.llm_keywords</c>.
/// Variable and rule names are checked only when the validator is given them (they come from the loaded
/// detectors); values are always checked.
/// </summary>
public sealed class ConfigurationValidator
{
    private static readonly Dictionary<string, Func<string, string?>> FixedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["is_global"] = _ => null,
        ["engine.detector_budget_ms"] = Positive,
        ["engine.paper_budget_ms"] = Positive,
        ["engine.max_file_mb"] = Positive,
        ["engine.max_pages"] = Positive,
        ["llm.mode"] = OneOf("off", "none", "false", "fallback", "always"),
        ["llm.provider"] = OneOf("openai", "openai-compatible", "ollama"),
        ["llm.endpoint"] = _ => null,
        ["llm.model"] = _ => null,
        ["llm.cache"] = _ => null,
        ["llm.token_budget"] = Positive,
        ["llm.max_output_tokens"] = Positive,
        ["llm.timeout_ms"] = Positive,
        ["llm.max_concurrency"] = Positive,
        ["llm.paper_budget_ms"] = Positive,
        ["llm.budget_ms"] = Positive,
        ["llm.max_response_bytes"] = Positive,
        ["llm.max_calls"] = Positive,
        ["llm.max_tokens"] = Positive,
        ["llm.prompt_price_per_million"] = NonNegative,
        ["llm.completion_price_per_million"] = NonNegative,
        ["llm.max_retries"] = NonNegative,
        ["llm.retry_delay_ms"] = NonNegative,
        ["llm.temperature"] = NonNegative,
        ["llm.threshold"] = Fraction,
        ["llm.confidence"] = Fraction,
        ["llm.unverified_confidence"] = Fraction,
    };

    private static readonly Dictionary<string, Func<string, string?>> PerVariableOrRule = new(StringComparer.OrdinalIgnoreCase)
    {
        ["enabled"] = Boolean,
        ["llm_threshold"] = Fraction,
        ["llm_keywords"] = _ => null,
    };

    private readonly HashSet<string>? _names;

    /// <param name="variablesAndRules">Variable IDs and keys and rule IDs of the loaded detectors; null checks values only.</param>
    public ConfigurationValidator(IEnumerable<string>? variablesAndRules = null) =>
        _names = variablesAndRules?.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The problems in one source's key/value pairs, each a line naming the source and the key.</summary>
    /// <param name="source">The file, or the option (<c>--set</c>), the pairs came from.</param>
    public IReadOnlyList<string> Check(string source, IEnumerable<KeyValuePair<string, string>> values)
    {
        var problems = new List<string>();
        foreach (var (rawKey, value) in values)
        {
            var key = rawKey.StartsWith(EngineSettings.Prefix, StringComparison.OrdinalIgnoreCase) ? rawKey[EngineSettings.Prefix.Length..] : rawKey;
            var shown = EngineSettings.Prefix + key;
            var check = CheckerOf(key);
            if (check is null && _names is null && !IsFixedNamespace(key)) continue; // a variable or rule name: checked once the detectors are known
            if (check is null)
            {
                var closest = EditDistance.Closest(key, KnownKeys());
                problems.Add($"{source}: unknown configuration key '{shown}'" + (closest is null ? " (see rules/ruleengine.globalconfig for the keys)" : $"; did you mean {EngineSettings.Prefix}{closest}?"));
                continue;
            }
            if (check(value.Trim()) is { } problem) problems.Add($"{source}: {shown} = '{value.Trim()}': {problem}");
        }
        return problems;
    }

    private Func<string, string?>? CheckerOf(string key)
    {
        if (FixedKeys.TryGetValue(key, out var fixedCheck)) return fixedCheck;
        var dot = key.LastIndexOf('.');
        if (dot <= 0 || !PerVariableOrRule.TryGetValue(key[(dot + 1)..], out var check)) return null;
        var name = key[..dot];
        if (IsFixedNamespace(name + ".")) return null;
        return _names is null || _names.Contains(name) ? check : null;
    }

    private static bool IsFixedNamespace(string key) =>
        key.StartsWith("engine.", StringComparison.OrdinalIgnoreCase) || key.StartsWith("llm.", StringComparison.OrdinalIgnoreCase) || !key.Contains('.');

    private IEnumerable<string> KnownKeys() =>
        FixedKeys.Keys.Concat((_names ?? []).SelectMany(n => PerVariableOrRule.Keys.Select(s => n + "." + s)));

    private static string? Boolean(string value) => value.ToLowerInvariant() is "true" or "on" or "yes" or "1" or "false" or "off" or "no" or "0" or "none"
        ? null : "not a boolean (true or false)";

    private static string? Positive(string value) => Number(value, v => v > 0, "a positive number");

    private static string? NonNegative(string value) => Number(value, v => v >= 0, "a number ≥ 0");

    private static string? Fraction(string value) => Number(value, v => v is >= 0 and <= 1, "a number from 0 to 1");

    private static string? Number(string value, Func<double, bool> inRange, string expected) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && inRange(v) ? null : $"not {expected}";

    private static Func<string, string?> OneOf(params string[] allowed) => value =>
        allowed.Contains(value, StringComparer.OrdinalIgnoreCase) ? null : $"not one of {string.Join(", ", allowed.Distinct())}";
}
