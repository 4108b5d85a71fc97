using System.Text;
using System.Text.RegularExpressions;
using RuleEngine.Document.Layout;

namespace RuleEngine.Pdf;

/// <summary>
/// Removes running headers and footers: lines in the top or bottom 8% of the page whose text (digits
/// masked, case and spacing ignored) recurs at the same height on a fifth of the pages (a little lower
/// down, on a third of them), and bare page numbers ("3", "- 3 -", "Page 3 of 9", "iv") in those 8%.
/// </summary>
internal static partial class RunningHeaderFilter
{
    /// <summary>Fraction of the page height at the top and at the bottom that holds headers, footers and page numbers.</summary>
    public const double Band = 0.08;

    /// <summary>Wider band for lines that recur on many more pages (amsart-style running heads sit 12% down the page).</summary>
    public const double WideBand = 0.14;

    /// <summary>Same height (points) for occurrences of one header on different pages.</summary>
    private const double SameHeight = 4;

    /// <summary>A header must recur on at least this fraction of the pages (and on at least two).</summary>
    private const double MinPageFraction = 0.2;

    /// <summary>Between <see cref="Band"/> and <see cref="WideBand"/>, a header must recur on this fraction of the pages (and on at least three).</summary>
    private const double MinPageFractionWide = 0.35;

    public static IReadOnlyList<LayoutPage> Apply(IReadOnlyList<LayoutPage> pages)
    {
        // key -> occurrences (page index, line index, y)
        var occurrences = new Dictionary<string, List<(int Page, int Line, double Y, double Height)>>();
        var drop = new HashSet<(int, int)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                if (!InBand(line.Y, page.Height, WideBand)) continue;
                if (InBand(line.Y, page.Height, Band) && IsPageNumber(line.Text))
                {
                    drop.Add((p, i));
                    continue;
                }
                var key = Key(line.Text);
                if (key.Length == 0) continue;
                if (!occurrences.TryGetValue(key, out var list)) occurrences[key] = list = [];
                list.Add((p, i, line.Y, page.Height));
            }
        }

        var minPages = Math.Max(2, (int)Math.Ceiling(pages.Count * MinPageFraction));
        var minPagesWide = Math.Max(3, (int)Math.Ceiling(pages.Count * MinPageFractionWide));
        foreach (var list in occurrences.Values)
        {
            if (list.Count < minPages) continue;
            // Occurrences at (about) the same height as the median one, counted once per page.
            var median = list.Select(o => o.Y).Order().ElementAt(list.Count / 2);
            var same = list.Where(o => Math.Abs(o.Y - median) <= SameHeight).ToList();
            var needed = same.All(o => InBand(o.Y, o.Height, Band)) ? minPages : minPagesWide;
            if (same.Select(o => o.Page).Distinct().Count() < needed) continue;
            foreach (var o in same) drop.Add((o.Page, o.Line));
        }
        if (drop.Count == 0) return pages;

        var result = new List<LayoutPage>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var kept = new List<LayoutLine>(page.Lines.Count);
            for (var i = 0; i < page.Lines.Count; i++)
            {
                if (!drop.Contains((p, i))) kept.Add(page.Lines[i]);
            }
            result.Add(kept.Count == page.Lines.Count ? page : page with { Lines = kept });
        }
        return result;
    }

    private static bool InBand(double y, double pageHeight, double band) =>
        pageHeight > 0 && (y <= pageHeight * band || y >= pageHeight * (1 - band));

    /// <summary>Lower-cased text with digit runs masked as '#' and white space collapsed.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasHash = false;
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (!lastWasHash) sb.Append('#');
                lastWasHash = true;
                lastWasSpace = false;
                continue;
            }
            lastWasHash = false;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Trim();
    }

    /// <summary>A line that is only a page number: "7", "- 7 -", "Page 7", "7 of 12", "7/12", roman "vii".</summary>
    internal static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        return t.Any(char.IsLetterOrDigit) && PageNumber().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\s*[-–—])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
