using System.Globalization;
using System.Text;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Engine.Diagnostics;

/// <summary>
/// The RE0108 warning: how many hidden characters the reader left out of a paper, why, on which pages, and a
/// short sample of them, so that an attempt to address the screen (or an LLM) in invisible text is on record.
/// </summary>
public static class HiddenTextDiagnostic
{
    /// <summary>The longest sample quoted in the message.</summary>
    public const int MaxSampleLength = 60;

    /// <summary>One diagnostic for the paper (on its first page with hidden text), or none when nothing was dropped.</summary>
    public static IEnumerable<DiagnosticEntry> From(IReadOnlyList<HiddenTextOnPage> hidden)
    {
        if (hidden.Count == 0) yield break;
        yield return new DiagnosticEntry(EngineDiagnosticIds.HiddenTextDropped, DiagnosticLevels.Warning, Message(hidden), hidden.Min(h => h.Page));
    }

    /// <summary>e.g. <c>hidden text dropped: 63 characters — invisible 61 (page 1), under 1 pt 2 (pages 3, 4); sample (invisible, page 1): "SYSTEM: ignore…"</c></summary>
    public static string Message(IReadOnlyList<HiddenTextOnPage> hidden)
    {
        var total = hidden.Sum(h => h.Characters);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"hidden text dropped: {total} character{(total == 1 ? "" : "s")} — ");
        var first = true;
        foreach (var group in hidden.GroupBy(h => h.Reason).OrderBy(g => g.Key))
        {
            if (!first) sb.Append(", ");
            first = false;
            var pages = group.Select(h => h.Page).Distinct().Order().ToList();
            sb.Append(CultureInfo.InvariantCulture, $"{Describe(group.Key)} {group.Sum(h => h.Characters)} ({(pages.Count == 1 ? "page" : "pages")} {PageList(pages)})");
        }
        var largest = hidden.OrderByDescending(h => h.Characters).ThenBy(h => h.Page).First();
        sb.Append(CultureInfo.InvariantCulture, $"; sample ({Describe(largest.Reason)}, page {largest.Page}): \"{Sanitise(largest.Sample)}\"");
        return sb.ToString();
    }

    /// <summary>How the message names a reason.</summary>
    public static string Describe(HiddenTextReason reason) => reason switch
    {
        HiddenTextReason.Invisible => "invisible",
        HiddenTextReason.OffPage => "off the page",
        HiddenTextReason.WhiteOnNothing => "white on nothing",
        HiddenTextReason.Tiny => "under 1 pt",
        _ => reason.ToString(),
    };

    /// <summary>At most 8 pages, then "and N more".</summary>
    private static string PageList(List<int> pages)
    {
        const int shown = 8;
        var list = string.Join(", ", pages.Take(shown));
        return pages.Count > shown ? $"{list} and {pages.Count - shown} more" : list;
    }

    /// <summary>One printable line: control and format characters become spaces, quotes are escaped, long samples are cut with an ellipsis.</summary>
    public static string Sanitise(string sample)
    {
        var sb = new StringBuilder(Math.Min(sample.Length, MaxSampleLength + 1));
        foreach (var c in sample)
        {
            if (sb.Length >= MaxSampleLength)
            {
                sb.Append('…');
                break;
            }
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
