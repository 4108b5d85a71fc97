using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RuleEngine.Sdk.Pieces;

/// <summary>
/// Marks the pieces of a sentence in one left-to-right pass of one regular expression: URLs, citations,
/// numbered labels, versions, ratio lists, count lists, value sets and ranges, percentages, fractions and numbers.
/// At any position the first alternative that matches wins, so a citation's year or a theorem's number is
/// never also read as a quantity. Deterministic and allocation-light; pieces never overlap.
/// </summary>
public static partial class PieceMarker
{
    /// <summary>The authors of a narrative citation: "Smith", "Smith et al.", "Smith and Lee", "Smith & Lee".</summary>
    private const string AuthorNames = @"\p{Lu}[\p{L}'\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'\-]+)?";

    private const string Num = @"-?(?:\d{1,3}(?:,\s?\d{3})+|\d+)(?:\.\d+)?(?:[eE][-−]?\d+)?";

    /// <summary>Marks every piece of <paramref name="text"/>, in text order.</summary>
    public static ImmutableArray<Piece> Mark(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var pieces = ImmutableArray.CreateBuilder<Piece>();
        Match m;
        try { m = Pattern().Match(text); }
        catch (RegexMatchTimeoutException) { return []; }
        while (m.Success)
        {
            if (Classify(m) is { } piece) pieces.Add(piece);
            try { m = m.NextMatch(); }
            catch (RegexMatchTimeoutException) { break; }
        }
        return pieces.ToImmutable();
    }

    private static Piece? Classify(Match m)
    {
        if (m.Groups["url"].Success) return new(PieceKind.Url, m.Index, m.Length, double.NaN);
        if (m.Groups["cite"].Success) return new(PieceKind.Citation, m.Index, m.Length, double.NaN);
        if (m.Groups["label"].Success) return new(PieceKind.Label, m.Index, m.Length, double.NaN);
        if (m.Groups["version"].Success) return new(PieceKind.Version, m.Index, m.Length, double.NaN);
        if (m.Groups["set"].Success) return new(PieceKind.ValueSet, m.Index, m.Length, double.NaN);
        if (m.Groups["range"].Success) return new(PieceKind.ValueRange, m.Index, m.Length, double.NaN);
        if (m.Groups["ratio"].Success) return ClassifyRatio(m);
        if (m.Groups["clist"].Success) return new(PieceKind.CountList, m.Index, m.Length, double.NaN);
        if (m.Groups["pct"].Success) return new(PieceKind.Percentage, m.Index, m.Length, ParseNumber(m.Groups["pctnum"].Value) / 100);
        if (m.Groups["fracword"].Success) return new(PieceKind.Fraction, m.Index, m.Length, FractionWordValue(m.Value));
        if (m.Groups["num"].Success) return new(PieceKind.Number, m.Index, m.Length, ParseNumber(m.Value));
        if (m.Groups["numword"].Success) return new(PieceKind.Number, m.Index, m.Length, NumberWordValue(m.Value));
        return null;
    }

    /// <summary>
    /// "a/b(/c…)" or "a:b(:c…)" or "[0.7, 0.2, 0.1]": a ratio list when it has three parts, uses a colon, or its
    /// parts add up to 1, 10 or 100; a fraction ("1/6", "4/5") when it has two parts, the first smaller;
    /// otherwise (a date, a page range) a plain number-like token that is not a proportion.
    /// </summary>
    private static Piece? ClassifyRatio(Match m)
    {
        var parts = m.Groups["rpart"].Captures.Select(c => ParseNumber(c.Value)).ToArray();
        var sum = parts.Sum();
        var colon = m.Value.Contains(':');
        var bracketed = m.Value.StartsWith('[');
        bool SumsTo(double t) => Math.Abs(sum - t) < t * 0.011;
        if (bracketed) return SumsTo(1) ? new Piece(PieceKind.RatioList, m.Index, m.Length, double.NaN) : null;
        if (parts.Length >= 3)
            return SumsTo(1) || SumsTo(10) || SumsTo(100) || colon ? new Piece(PieceKind.RatioList, m.Index, m.Length, double.NaN) : null;
        if (colon) return parts.All(p => p >= 1 && p < 100) ? new Piece(PieceKind.RatioList, m.Index, m.Length, double.NaN) : null;
        if (parts[0] >= parts[1] && (SumsTo(1) || SumsTo(10) || SumsTo(100))) return new Piece(PieceKind.RatioList, m.Index, m.Length, double.NaN);
        if (parts[0] < parts[1] && parts[1] <= 20 && parts[0] >= 1 && parts[0] == Math.Floor(parts[0]))
            return new Piece(PieceKind.Fraction, m.Index, m.Length, parts[0] / parts[1]);
        // "40,000/10,000": whole counts, at least one of them large enough not to be a date or a score.
        if (!colon && parts.All(p => p >= 1 && p == Math.Floor(p)) && parts.Max() >= 50)
            return new Piece(PieceKind.CountList, m.Index, m.Length, double.NaN);
        return null;
    }

    /// <summary>Parses "5,000", "55 000", "1e-3", "60k", "1.2M" (NaN when it cannot).</summary>
    public static double ParseNumber(string s)
    {
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u2009", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace('−', '-').TrimEnd('%');
        var factor = 1.0;
        if (s.EndsWith('k') || s.EndsWith('K')) { factor = 1e3; s = s[..^1]; }
        else if (s.EndsWith('M')) { factor = 1e6; s = s[..^1]; }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v * factor : double.NaN;
    }

    private static double FractionWordValue(string s)
    {
        s = s.ToLowerInvariant();
        var num = s.StartsWith("two", StringComparison.Ordinal) ? 2 : s.StartsWith("three", StringComparison.Ordinal) ? 3 : s.StartsWith("four", StringComparison.Ordinal) ? 4 : 1;
        if (s.Contains("half", StringComparison.Ordinal)) return 0.5;
        if (s.Contains("third", StringComparison.Ordinal)) return num / 3.0;
        if (s.Contains("quarter", StringComparison.Ordinal) || s.Contains("fourth", StringComparison.Ordinal)) return num / 4.0;
        if (s.Contains("fifth", StringComparison.Ordinal)) return num / 5.0;
        if (s.Contains("sixth", StringComparison.Ordinal)) return num / 6.0;
        if (s.Contains("tenth", StringComparison.Ordinal)) return num / 10.0;
        return double.NaN;
    }

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static double NumberWordValue(string s)
    {
        s = s.ToLowerInvariant();
        var i = Array.IndexOf(NumberWords, s);
        return i >= 0 ? i : s switch
        {
            "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50,
            "hundred" => 100, "thousand" => 1000, _ => double.NaN,
        };
    }

    [GeneratedRegex(
        // URLs and DOIs
        @"(?<url>\b(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:)\]]|\bdoi:\s?10\.\d{4,}/\S*[^\s.,;)]|\b10\.\d{4,9}/[^\s,;]*[^\s.,;)])" +
        // citations: [12], [3, 5-7], (Smith et al., 2019; Lee 2020), Smith et al. (2019), Smith and Lee (2019), [Smith 2019]
        @"|(?<cite>\[\s*\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*\s*\](?!\s*[,.]\s*\d)" +
        // a narrative citation set in parentheses, the closing one sometimes lost: "Sachs dataset (Sachs et al. (2005))", "CORD (Park et al. (2019): …"
        @"|\((?:e\.g\.,?\s*|see\s+|cf\.\s*)?" + AuthorNames + @",?\s*\((?:19|20)\d{2}[a-z]?\)\)?" +
        @"|\((?:e\.g\.,?\s*|see\s+|cf\.\s*)?\p{Lu}[^()]{0,160}?\b(?:19|20)\d{2}[a-z]?(?:\s*[;,]\s*[a-z]\b)*\s*\)" +
        @"|" + AuthorNames + @",?\s*\((?:19|20)\d{2}[a-z]?(?:[;,]\s*(?:(?:19|20)\d{2}[a-z]?|[a-z]\b))*\)" +
        @"|\[\p{Lu}[^\[\]]{0,80}(?:19|20)\d{2}[a-z]?\])" +
        // numbered labels: Theorem 3, Fig. 2, Table 1, Section 4.2, Eq. (5)
        @"|(?<label>\b(?i:theorem|lemma|corollary|proposition|definition|assumption|remark|example|figure|fig\.|figs\.|table|tab\.|section|sec\.|appendix|app\.|eq\.|eqs\.|equation|algorithm|alg\.|line|lines|step|chapter|claim|condition|property|case|part|stage|phase|round|task|level|setting|scenario|experiment|exp\.)\s*\(?\p{Lu}?\d+(?:\.\d+)*[a-z]?\)?|(?<![\w(])\(\d{1,2}[a-z]?\)(?!\s*%))" +
        // versions: v2.1, ver. 7.1.0.12, version 3.2, R2014a, 1.2.3
        @"|(?<version>\b(?i:v(?:er(?:sion)?)?\.?\s?)\d+(?:\.\d+)+[a-z]?\b|\b(?i:version)\s+\d+(?:\.\d+)*\b|\bR20\d\d[ab]\b|(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*\b)" +
        // value sets and ranges
        @"|(?<set>\{\s*-?[\d.]+(?:/\d+|\s?[eE×x·]\s?[-−]?\d+(?:\^\{?[-−]?\d+\}?)?)?(?:\s*,\s*(?:-?[\d.]+(?:/\d+|\s?[eE×x·]\s?[-−]?\d+(?:\^\{?[-−]?\d+\}?)?)?|\.\.\.|\u2026|\.\s\.\s\.))+\s*\})" +
        @"|(?<range>\b(?i:from)\s+" + Num + @"\s*%?\s+(?i:to|up\s+to)\s+" + Num + @"|\b(?i:between)\s+" + Num + @"\s*%?\s+(?i:and)\s+" + Num + @")" +
        // dates are no quantities: 12/03/2020, 2020-03-12
        @"|(?<skip>(?<![\w./])\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b)" +
        // ratio lists and digit fractions: 70/20/10, 7:2:1, 0.75/0.05/0.2, 90%/10%, [0.7, 0.2, 0.1]
        @"|(?<ratio>(?<![\w./:])(?<rpart>\d{1,3}(?:\.\d+)?)\s?%?(?:\s?[/:]\s?(?<rpart>\d{1,3}(?:\.\d+)?)\s?%?)+(?![\w/:]|\.\d)" +
        @"|(?<![\w.])(?<rpart>\d{2})(?:[-\u2013](?<rpart>\d{2})){2}(?![\w\-\u2013])" +
        @"|\[\s*(?<rpart>0?\.\d+)(?:\s*,\s*(?<rpart>0?\.\d+)){1,3}\s*\])" +
        // count lists: 40,000/10,000  141,397/46,769/84,968
        @"|(?<clist>(?<![\w./:])(?:\d{1,3}(?:,\s?\d{3})+|\d{2,})(?:\s?/\s?(?:\d{1,3}(?:,\s?\d{3})+|\d{2,}))+(?![\w/:]|\.\d))" +
        // percentages
        @"|(?<pct>(?<![\w.])(?<pctnum>" + Num + @")\s?(?:%|(?i:percent\b|per\s?cent\b)))" +
        // fractions in words
        @"|(?<fracword>\b(?i:(?:one|a)[- ]half|half|(?:one|a|two)[- ]thirds?|(?:one|a|three)[- ]quarters?|(?:one|a|two|three|four)[- ]fifths?|(?:a|one)[- ](?:sixth|tenth|fourth))\b)" +
        // numbers: 5,000  55 000 (a space between thousands, not inside a run of numbers)  1e-3  60k  1.2M  10^4
        @"|(?<num>(?<![\w.])(?:\d{1,3}(?:,\s?\d{3})+|(?<!\d[.,]?\s)\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d|[.,]\d|\s\d)|\d+)(?:\.\d+)?(?:[eE][-−]?\d+)?(?:\s?[kKM](?![\w]))?|(?<![\w.])10\^\{?[-−]?\d+\}?)" +
        @"|(?<numword>\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pattern();
}
