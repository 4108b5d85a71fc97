using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>Matching with a pattern a rule file may leave out (a disabled rule, an absent extra pattern list).</summary>
public static class OptionalRegexExtensions
{
    /// <summary>Whether <paramref name="regex"/> exists and matches <paramref name="text"/>.</summary>
    public static bool Hits(this Regex? regex, string text) => regex is not null && regex.IsMatch(text);
}
