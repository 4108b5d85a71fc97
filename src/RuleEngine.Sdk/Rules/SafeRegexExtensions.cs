using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>
/// Regex matching that survives a match timeout. Rule patterns carry a timeout (see <see cref="RuleSet"/>) so that a
/// pathological input cannot hang a detector; a detector should then lose one match, not the whole verdict. The first
/// match of a freshly compiled regex also pays for its JIT compilation, which on a busy machine can exceed a short
/// timeout, so a timed-out match is tried once more; a second timeout means a genuinely slow input and counts as no match.
/// </summary>
public static class SafeRegexExtensions
{
    /// <summary>The first match in <paramref name="input"/>, or <see cref="Match.Empty"/> when matching timed out twice.</summary>
    public static Match SafeMatch(this Regex regex, string input) =>
        TwiceOr(regex, input, static (r, s) => r.Match(s), Match.Empty);

    /// <summary>
    /// The first match within <paramref name="input"/>[<paramref name="beginning"/>, <paramref name="beginning"/> + <paramref name="length"/>),
    /// or <see cref="Match.Empty"/> when matching timed out twice.
    /// </summary>
    public static Match SafeMatch(this Regex regex, string input, int beginning, int length) =>
        TwiceOr(regex, (input, beginning, length), static (r, a) => r.Match(a.input, a.beginning, a.length), Match.Empty);

    /// <summary>Whether <paramref name="input"/> has a match; false when matching timed out twice.</summary>
    public static bool SafeIsMatch(this Regex regex, string input) =>
        TwiceOr(regex, input, static (r, s) => r.IsMatch(s), false);

    /// <summary>All matches in <paramref name="input"/>, or none when matching timed out twice (never a partial list).</summary>
    public static IReadOnlyList<Match> SafeMatches(this Regex regex, string input) =>
        TwiceOr<string, IReadOnlyList<Match>>(regex, input, static (r, s) => r.Matches(s).ToList(), []);

    /// <summary>Runs <paramref name="match"/>; after a timeout runs it once more; after a second timeout returns <paramref name="fallback"/>.</summary>
    private static TResult TwiceOr<TInput, TResult>(Regex regex, TInput input, Func<Regex, TInput, TResult> match, TResult fallback)
    {
        try { return match(regex, input); }
        catch (RegexMatchTimeoutException) { }
        try { return match(regex, input); }
        catch (RegexMatchTimeoutException) { return fallback; }
    }
}

/// <summary>The timeout-surviving matches of <see cref="SafeRegexExtensions"/> for a <see cref="LexiconFinder"/>: the candidate filter first, then the regex from the first candidate.</summary>
public static class SafeLexiconFinderExtensions
{
    /// <summary>Whether <paramref name="input"/> has a match; false when matching timed out twice.</summary>
    public static bool SafeIsMatch(this LexiconFinder finder, string input)
    {
        var start = finder.FirstCandidate(input);
        if (start < 0) return false;
        // Match(input, startat), not Match(input, beginning, length): the word-start lookbehind must see the text before the candidate.
        try { return finder.Pattern.IsMatch(input.AsSpan(), start); }
        catch (RegexMatchTimeoutException) { }
        try { return finder.Pattern.IsMatch(input.AsSpan(), start); }
        catch (RegexMatchTimeoutException) { return false; }
    }
}
