using System.Collections.Immutable;

namespace RuleEngine.Engine.Configuration;

/// <summary>
/// The effective configuration of a run, merged from <c>rules/ruleengine.globalconfig</c>, a user file
/// (<c>--config</c>) and command-line options, later sources winning. Keys keep the
/// <c>.globalconfig</c> spirit: <c>ruleengine.RV0004.enabled = false</c>,
/// <c>ruleengine.RV0004.repository-link.enabled = false</c>, <c>ruleengine.engine.paper_budget_ms = 60000</c>.
/// </summary>
public sealed record EngineSettings
{
    public const string Prefix = "ruleengine.";

    /// <summary>All merged key/value pairs (keys case-insensitive, without section prefixes).</summary>
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>When non-empty, only these variables (IDs or keys) run — the <c>--variables</c> filter.</summary>
    public ImmutableHashSet<string> OnlyVariables { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Directories holding rule files (<c>RVxxxx.*.json</c>); later ones override earlier ones.</summary>
    public ImmutableArray<string> RuleDirectories { get; init; } = [];

    /// <summary>Cumulative time a detector may spend on one paper.</summary>
    public TimeSpan DetectorBudget => TimeSpan.FromMilliseconds(GetDouble("engine.detector_budget_ms", 10_000));

    /// <summary>Time one paper may take from open to report (enforced even if the PDF parser stalls).</summary>
    public TimeSpan PaperBudget => TimeSpan.FromMilliseconds(GetDouble("engine.paper_budget_ms", 60_000));

    /// <summary>Files above this size are refused with a diagnostic.</summary>
    public long MaxFileBytes => (long)GetDouble("engine.max_file_mb", 200) * 1024 * 1024;

    /// <summary>Pages beyond this are skipped with a warning.</summary>
    public int MaxPages => (int)GetDouble("engine.max_pages", 1000);

    public string? Get(string key) => Values.TryGetValue(Prefix + key, out var v) ? v.Trim() : null;

    public double GetDouble(string key, double fallback) =>
        double.TryParse(Get(key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public bool? GetBool(string key) => Get(key)?.ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "1" => true,
        "false" or "off" or "no" or "0" or "none" => false,
        _ => null,
    };

    /// <summary>Whether a variable runs: the <c>--variables</c> filter, then <c>ruleengine.ID.enabled</c>, then its default.</summary>
    public bool IsVariableEnabled(string id, string key, bool enabledByDefault)
    {
        if (OnlyVariables.Count > 0) return OnlyVariables.Contains(id) || OnlyVariables.Contains(key);
        return GetBool(id + ".enabled") ?? GetBool(key + ".enabled") ?? enabledByDefault;
    }

    /// <summary>Whether a rule runs: <c>ruleengine.RULEID.enabled</c>, then its default.</summary>
    public bool IsRuleEnabled(string ruleId, bool enabledByDefault) => GetBool(ruleId + ".enabled") ?? enabledByDefault;

    /// <summary>A copy with more key/value pairs (keys may omit the <c>ruleengine.</c> prefix).</summary>
    public EngineSettings With(IEnumerable<KeyValuePair<string, string>> values)
    {
        var b = Values.ToBuilder();
        foreach (var (k, v) in values) b[k.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? k : Prefix + k] = v;
        return this with { Values = b.ToImmutable() };
    }
}
