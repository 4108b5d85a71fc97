using System.Text.RegularExpressions;

namespace RuleEngine.Plugins.ResearchType;

/// <summary>
/// Matching that survives a regex timeout (rule patterns carry a match timeout; on a starved machine one
/// slow match must not cost the whole verdict): a timed-out match counts as no match.
/// </summary>
internal static class RegexExtensions
{
    public static bool SafeIsMatch(this Regex regex, string input)
    {
        try { return regex.IsMatch(input); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    public static Match SafeMatch(this Regex regex, string input)
    {
        try { return regex.Match(input); }
        catch (RegexMatchTimeoutException) { return Match.Empty; }
    }

    public static IReadOnlyList<Match> SafeMatches(this Regex regex, string input)
    {
        try { return regex.Matches(input).ToList(); }
        catch (RegexMatchTimeoutException) { return []; }
    }
}
