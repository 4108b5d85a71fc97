using System.Text.RegularExpressions;
using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Finds caption lines: a line that starts with "Table 3:", "Figure 2.", "Fig. 4", "Algorithm 1 Name",
/// "Listing 2", "Procedure 1", "Pseudocode 1" — as opposed to running text that happens to start a line
/// with a reference ("Table 2 shows …", "Algorithm 1 of [12]", "… as shown in\nFigure 3. The …").
/// </summary>
internal static partial class CaptionDetector
{
    [GeneratedRegex(@"^(?<kw>Table|TABLE|Tab\.|Tbl\.|Figure|FIGURE|Fig\.?|FIG\.|Algorithm|ALGORITHM|Alg\.|Listing|LISTING|Procedure|PROCEDURE|Pseudocode|PSEUDOCODE|Pseudo-code|Pseudo-Code)\s*(?<num>(?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,2})?[a-z]?|[IVXL]{1,6}|S\d{1,2})(?=$|[\s:.|—–\-)(,;])(?<rest>.*)$")]
    private static partial Regex Label();

    /// <summary>Words that, right after a label, show a sentence about the float rather than its caption.</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "shows", "show", "showed", "shown", "presents", "present", "presented",
        "describes", "described", "gives", "give", "given", "summarizes", "summarises", "summarized", "outlines",
        "outlined", "lists", "listed", "reports", "reported", "compares", "compared", "illustrates", "illustrated",
        "contains", "depicts", "depicted", "demonstrates", "provides", "provided", "uses", "used", "takes", "returns",
        "computes", "requires", "can", "could", "will", "would", "may", "might", "has", "have", "had", "and", "or",
        "in", "of", "with", "for", "to", "on", "at", "by", "from", "which", "that", "the", "a", "an", "below", "above",
        "converges", "runs", "achieves", "works", "applies", "performs", "terminates", "outputs", "then", "we",
        "also", "again", "here", "therefore", "thus", "does", "did", "do", "should", "must", "needs", "only",
        "highlights", "reveals", "indicates", "suggests", "confirms", "displays", "plots", "visualizes", "details",
        "as", "but", "where", "when", "while", "if", "it", "its", "this", "these", "those", "such", "not", "all",
        "(right)", "(left)", "(top)", "(bottom)", "(a)", "(b)", "(c)", "(d)", "respectively", "vs", "versus",
    };

    /// <summary>Text-only test: the caption label at the start of <paramref name="text"/>, or null.</summary>
    public static CaptionMatch? MatchText(string text)
    {
        var m = Label().Match(text);
        if (!m.Success) return null;
        var kw = m.Groups["kw"].Value;
        var kind = KindOf(kw);
        var num = m.Groups["num"].Value;
        var rest = m.Groups["rest"].Value;
        var label = kw.EndsWith('.') ? kw + " " + num : kw + " " + num;
        if (rest.StartsWith('.') && rest.Length > 1 && char.IsDigit(rest[1])) return null; // "Fig. 3.2.1"-like numbers in text

        var trimmed = rest.TrimStart();
        if (trimmed.Length == 0) return new CaptionMatch(kind, label, false);
        var first = trimmed[0];
        if (first is ':' or '|' or '—' or '–') return new CaptionMatch(kind, label, true);
        if (first == '-' && trimmed.Length > 1 && trimmed[1] == ' ') return new CaptionMatch(kind, label, true);
        if (first == '.') return new CaptionMatch(kind, label, false);
        if (first is ',' or ';' or ')' or '(' && kind is FloatKind.Table or FloatKind.Figure) return null;
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return null;

        var word = trimmed.Split(' ', 2)[0].TrimEnd(',', ';', ':');
        // Running text goes on in lower case ("Table 2 shows", "Algorithm 1 of [12]"); a caption names the float.
        if (word.Length > 0 && !char.IsUpper(word[0]) && ReferenceWords.Contains(word)) return null;
        if (kind is FloatKind.Table or FloatKind.Figure)
        {
            // "Fig. 1 Overview of …" (Springer) is a caption; "Table 2 summarizes" is not (caught above).
            return char.IsUpper(word.Length > 0 ? word[0] : 'a') || word.StartsWith('(') ? new CaptionMatch(kind, label, false) : null;
        }
        // "Algorithm 1 SGS", "Algorithm 1 beliefAugmentation Algorithm": a name follows;
        // "Algorithm 4 constructs a list …": a plain lower-case word is a verb of running text.
        if (word.Length > 0 && word.All(char.IsLower)) return null;
        return new CaptionMatch(kind, label, false);
    }

    private static FloatKind KindOf(string kw)
    {
        var k = kw.ToLowerInvariant();
        if (k.StartsWith("tab", StringComparison.Ordinal) || k.StartsWith("tbl", StringComparison.Ordinal)) return FloatKind.Table;
        if (k.StartsWith("fig", StringComparison.Ordinal)) return FloatKind.Figure;
        if (k.StartsWith("list", StringComparison.Ordinal)) return FloatKind.Listing;
        return FloatKind.Algorithm;
    }

    /// <summary>Marks caption lines, judging each candidate against the line before it.</summary>
    public static void Detect(IReadOnlyList<WorkLine> lines, LayoutStatistics stats)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            l.Caption = null;
            if (l.Heading is not null || l.ContinuesHeading) continue;
            var m = MatchText(l.Text);
            if (m is null) continue;
            var prev = i > 0 && lines[i - 1].Page == l.Page ? lines[i - 1] : null;
            if (m.Strong || StandsAlone(l, prev, stats)) l.Caption = m;
        }
    }

    /// <summary>
    /// Whether a line starts fresh rather than continuing the sentence of the line before
    /// ("… as illustrated in" + "Figure 3. The …" is running text).
    /// </summary>
    private static bool StandsAlone(WorkLine l, WorkLine? prev, LayoutStatistics stats)
    {
        if (prev is null || l.BreakBefore || prev.Heading is not null) return true;
        if (prev.Column != l.Column || l.Y < prev.Y || l.Y - prev.Y > 1.4 * stats.LineSpacing) return true;
        if (Math.Abs(prev.FontSize - l.FontSize) >= 0.5 || prev.IsBold != l.IsBold) return true;
        var t = prev.Text;
        if (t.Length == 0) return true;
        var last = t[^1];
        if (last is '.' or '!' or '?' or ':' or ';') return true;
        if (char.IsLower(last) || last is ',' or '(' || (last == '-' && t.Length > 1 && char.IsLetter(t[^2]))) return false;
        // A short line ending in a number or symbol: float body (table row, axis label).
        return stats.IsShort(prev, 0.85) || !char.IsLetter(last);
    }
}
