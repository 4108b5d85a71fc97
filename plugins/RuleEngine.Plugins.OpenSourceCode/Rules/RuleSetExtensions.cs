using System.Text.Json;
using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

internal static class RuleSetExtensions
{
    /// <summary>An extra list of patterns stored under <paramref name="key"/> in a rule's data, compiled like its patterns; null when absent or the rule is disabled.</summary>
    public static Regex? ExtraPattern(this RuleSet rules, string ruleId, string key, bool compiled = false)
    {
        if (!rules.IsEnabled(ruleId)) return null;
        var data = rules.Rule(ruleId);
        if (data.Extra is null || !data.Extra.TryGetValue(key, out var element) || element.ValueKind != JsonValueKind.Array) return null;
        var patterns = element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
        return patterns.Count == 0 ? null : RuleSet.Compile(patterns, compiled);
    }

    public static bool Hits(this Regex? regex, string text) => regex is not null && regex.IsMatch(text);
}
