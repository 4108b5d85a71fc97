using System.Buffers;
using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>
/// A lexicon's whole-word pattern (<see cref="RuleSet.LexiconPattern"/>) behind a one-pass candidate filter: a
/// vectorised multi-string search (<see cref="SearchValues{T}"/> of the terms, one automaton for the whole
/// lexicon) finds the first place a term occurs at all, and the regex runs only from there — most sentences
/// hold no term, and a large literal alternation tried at every position is the expensive part (#13).
/// Matches are exactly the regex's: a whole-word match needs the term as a substring, so the regex cannot
/// match before the first occurrence, and a match started at an offset still sees the text before it
/// (the lookbehind at the word start). Build with <see cref="RuleSet.LexiconFinder"/>.
/// </summary>
public sealed class LexiconFinder
{
    private readonly SearchValues<string>? _terms;
    private readonly bool _caseSensitive;

    /// <summary>Characters outside ASCII that the regex engine's invariant case folding equates with an ASCII letter (the Kelvin sign).</summary>
    private static readonly Lazy<SearchValues<char>> AsciiLookalikes = new(FindAsciiLookalikes);

    internal LexiconFinder(Regex pattern, IEnumerable<string> terms, bool caseSensitive)
    {
        Pattern = pattern;
        _caseSensitive = caseSensitive;
        var list = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        // Ignoring case, the filter's ordinal folding and the regex's agree only on ASCII: a non-ASCII term keeps the plain regex.
        if (list.Length > 0 && (caseSensitive || list.All(t => t.All(char.IsAscii))))
            _terms = SearchValues.Create(list, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        else if (list.Length == 0)
            _terms = SearchValues.Create([], StringComparison.Ordinal);
    }

    /// <summary>The lexicon's regex (the same object <see cref="RuleSet.LexiconPattern"/> returns).</summary>
    public Regex Pattern { get; }

    /// <summary>
    /// Where the first term of the lexicon occurs in <paramref name="text"/> as a substring (whole word or not), or -1
    /// when none does: no match can start before it. 0 when the filter cannot decide.
    /// </summary>
    public int FirstCandidate(string text)
    {
        if (_terms is null) return 0;
        var span = text.AsSpan();
        if (!_caseSensitive && span.ContainsAny(AsciiLookalikes.Value)) return 0;
        return span.IndexOfAny(_terms);
    }

    /// <summary>Whether a term of the lexicon occurs in the text (a match is possible).</summary>
    public bool IsCandidate(string text) => FirstCandidate(text) >= 0;

    /// <summary>As <see cref="Regex.IsMatch(string)"/> on <see cref="Pattern"/>.</summary>
    public bool IsMatch(string text) => FirstCandidate(text) is var i and >= 0 && Pattern.Match(text, i).Success;

    /// <summary>As <see cref="Regex.Match(string)"/> on <see cref="Pattern"/> (<see cref="Match.NextMatch"/> goes on as usual).</summary>
    public Match Match(string text) => Pattern.Match(text, StartOf(text));

    /// <summary>As <see cref="Regex.Matches(string)"/> on <see cref="Pattern"/>.</summary>
    public MatchCollection Matches(string text) => Pattern.Matches(text, StartOf(text));

    private int StartOf(string text) => FirstCandidate(text) is var i and >= 0 ? i : text.Length;

    private static SearchValues<char> FindAsciiLookalikes()
    {
        var letter = new Regex("^[a-z]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var found = new List<char>();
        for (var c = 128; c <= char.MaxValue; c++)
            if (letter.IsMatch(((char)c).ToString())) found.Add((char)c);
        return SearchValues.Create(found.ToArray());
    }
}
