using System.Text.RegularExpressions;
using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Reads the first page's title block — the lines from the top of page 1 to the Abstract (or
/// Introduction) heading: the title (the largest-font lines at the top; the first line in plain
/// text), author lines (person names with commas, "and", superscript markers), affiliation lines
/// (institutions, addresses) plus first-page footnotes about affiliations, and every e-mail address
/// printed on page 1 (brace groups expanded).
/// </summary>
internal static partial class TitleBlockParser
{
    private const int MaxBlockLines = 40;

    [GeneratedRegex(@"^(?:arXiv|Published as|Proceedings|Proc\.|Preprint|Under review|Accepted|To appear|Appeared|Journal of|JMLR|Workshop|Copyright|©|Vol\.|Volume|In Proceedings|Technical Report|Draft|Submitted|Camera[- ]ready|\d{1,4}(?:th|st|nd|rd)? (?:Conference|International|Annual|AAAI|Workshop))|arXiv:\d|Conference on|Symposium on|\bPMLR\b|JMLR|W&CP|Workshop on|\b(?:NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|CVPR|ICCV|EMNLP|ACL|KDD|COLT|AISTATS|UAI)\s?\d{4}|\b[A-Z][A-Za-z]+\s?['’]\d{2}\b|Permission to make|Copyright|\bcopy-?$|Machine Learning Research|Conference on|Proceedings of|Association for|Licensed under|Creative Commons|\bISBN\b|\bDOI\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLine();

    [GeneratedRegex(@"^[\p{L}.'’\-]+$")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"\b\p{Lu}\.$")]
    private static partial Regex InitialAtEnd();

    private static readonly HashSet<string> NonNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "for", "the", "on", "with", "to", "a", "an", "from", "via", "by", "is", "are", "we",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "zu", "y",
    };

    public static TitleBlock Parse(IReadOnlyList<WorkLine> lines, IReadOnlyList<DocumentLine> docLines, LayoutStatistics stats)
    {
        if (lines.Count == 0) return TitleBlock.Empty;
        var firstPage = lines[0].Page;
        var pageEnd = 0;
        while (pageEnd < lines.Count && lines[pageEnd].Page == firstPage) pageEnd++;

        var end = BlockEnd(lines, pageEnd, stats);
        var titleLines = FindTitle(lines, end, stats);

        var authors = new List<DocumentLine>();
        var affiliations = new List<DocumentLine>();
        for (var i = 0; i < end; i++)
        {
            if (titleLines.Contains(i)) continue;
            var t = lines[i].Text;
            if (VenueLine().IsMatch(t)) continue;
            if (AffiliationLexicon.IsAffiliation(t)) affiliations.Add(docLines[i]);
            else if (IsAuthorLine(t)) authors.Add(docLines[i]);
        }

        // First-page footnotes about affiliations ("1Meta 2University of …", "*Work done at Google").
        for (var i = end; i < pageEnd; i++)
        {
            var l = lines[i];
            if (l.Heading is not null || l.Caption is not null) continue;
            if (!IsFootnoteLike(lines, i, pageEnd, stats) || VenueLine().IsMatch(l.Text)) continue;
            if (AffiliationLexicon.IsAffiliationFootnote(l.Text) && !AffiliationLexicon.IsFunding(l.Text)) affiliations.Add(docLines[i]);
        }

        var page1 = string.Join(' ', Enumerable.Range(0, pageEnd).Select(i => lines[i].Text));
        var emails = EmailFinder.Find(page1);
        var title = string.Join(' ', titleLines.Order().Select(i => lines[i].Text)).Trim();
        var block = Enumerable.Range(0, end).Select(i => docLines[i]).ToList();
        return new TitleBlock(title, authors, affiliations, emails, block);
    }

    /// <summary>
    /// Index (exclusive) of the block's end: the Abstract/Introduction heading; without one, the first
    /// heading or the first run of prose (three long lines of sentences), whichever comes first.
    /// </summary>
    private static int BlockEnd(IReadOnlyList<WorkLine> lines, int pageEnd, LayoutStatistics stats)
    {
        var firstHeading = -1;
        for (var i = 0; i < pageEnd; i++)
        {
            var h = lines[i].Heading;
            if (h is null) continue;
            var kind = SectionClassifier.Classify(h.Title);
            if (kind is SectionKind.Abstract or SectionKind.Introduction) return i;
            if (firstHeading < 0) firstHeading = i;
        }
        var limit = Math.Min(firstHeading >= 0 ? firstHeading : pageEnd, MaxBlockLines);
        for (var i = 1; i + 2 < limit; i++)
        {
            if (IsProseLine(lines[i], stats) && IsProseLine(lines[i + 1], stats) && IsProseLine(lines[i + 2], stats))
                return i;
        }
        return limit;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "in", "to", "a", "an", "we", "is", "are", "for", "that", "this", "with", "on", "by", "as", "it", "be", "which", "can",
    };

    /// <summary>A long line of sentences (function words), not a long line of names.</summary>
    private static bool IsProseLine(WorkLine l, LayoutStatistics stats)
    {
        if (stats.IsShort(l, 0.8)) return false;
        var words = l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 8) return false;
        var function = words.Count(w => FunctionWords.Contains(w.Trim(',', '.', ';', ':')));
        var lower = words.Count(w => char.IsLower(w[0]));
        return function >= 2 && lower >= 0.4 * words.Length;
    }

    /// <summary>The title: the largest-font lines near the top (or, in plain text, the first line).</summary>
    private static HashSet<int> FindTitle(IReadOnlyList<WorkLine> lines, int end, LayoutStatistics stats)
    {
        var result = new HashSet<int>();
        var candidates = new List<int>();
        for (var i = 0; i < Math.Min(end, 12); i++)
        {
            var t = lines[i].Text;
            if (t.Length < 3 || VenueLine().IsMatch(t) || t.Contains('@') || IsAllDigitsOrSymbols(t)) continue;
            candidates.Add(i);
        }
        if (candidates.Count == 0) return result;

        if (stats.HasFontInfo)
        {
            var max = candidates.Max(i => lines[i].FontSize);
            if (max >= stats.BodyFontSize + 0.9)
            {
                var first = candidates.First(i => Math.Abs(lines[i].FontSize - max) < 0.6);
                result.Add(first);
                for (var j = first + 1; j < end && Math.Abs(lines[j].FontSize - max) < 0.6 && lines[j].Page == lines[first].Page; j++)
                    result.Add(j);
                return result;
            }
        }

        var f = candidates[0];
        result.Add(f);
        // A title wrapped in plain text: the next line continues it visibly.
        var n = f + 1;
        if (n < end && candidates.Contains(n))
        {
            var a = lines[f].Text;
            var b = lines[n].Text;
            if (a.EndsWith(':') || a.EndsWith('-') || a.EndsWith(',') || char.IsLower(b[0])) result.Add(n);
        }
        return result;
    }

    private static bool IsAllDigitsOrSymbols(string t) => !t.Any(char.IsLetter);

    /// <summary>Whether a line lists person names: "Luke Bailey, Kaiyue Wen, and Tengyu Ma", "Yoav Goldberg and Omer Levy", "A. Smith1∗".</summary>
    public static bool IsAuthorLine(string text)
    {
        if (text.Contains('@') || text.Contains('[') || AffiliationLexicon.IsAffiliation(text)) return false;
        if (text.EndsWith('.') && !InitialAtEnd().IsMatch(text)) return false;
        var tokens = text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        var names = 0;
        var bad = 0;
        foreach (var raw in tokens)
        {
            if (raw.All(char.IsDigit)) return false; // "35 Olden Street": an address
            var t = raw.Trim('∗', '*', '†', '‡', '§', '¶', '⋆', '♮', '♯', '♭', '(', ')', '{', '}');
            t = t.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '∗', '*', '†', '‡', '§', '¶', ',');
            if (t.Length == 0) continue;
            if (t is "and" or "&" or "AND") continue;
            if (t.Length <= 4 && NonNameWords.Contains(t)) return false; // "REDUCTION IN EUCLIDEAN SPACE
            if (NameParticles.Contains(t)) continue;
            if (NameToken().IsMatch(t) && char.IsUpper(t[0]) && t.Length <= 24) names++;
            else bad++;
        }
        return names >= 2 && bad <= names / 6;
    }

    /// <summary>A footnote on page 1: smaller type, the bottom of the page, or a marker at the line start.</summary>
    private static bool IsFootnoteLike(IReadOnlyList<WorkLine> lines, int i, int pageEnd, LayoutStatistics stats)
    {
        var l = lines[i];
        var t = l.Text;
        var marker = t.Length > 1 && (t[0] is '∗' or '*' or '†' or '‡' or '§' or '¶' or '⋆' || (char.IsDigit(t[0]) && !char.IsDigit(t[1]) && t[1] != '.' && t[1] != ' '));
        if (marker) return true;
        if (!stats.HasFontInfo) return pageEnd - i <= 4;
        // Smaller type in the bottom quarter of the page (the first page's footnote area).
        var bottom = 0.0;
        for (var j = 0; j < pageEnd; j++) bottom = Math.Max(bottom, lines[j].Y);
        return l.FontSize > 0 && l.FontSize < stats.BodyFontSize - 0.6 && l.Y >= 0.75 * bottom;
    }
}
