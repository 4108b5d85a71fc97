using System.Text.RegularExpressions;
using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Document.Text;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Links;

/// <summary>
/// Puts together the document's links: URLs printed in the text and link annotations (their anchor
/// text located on the page). An annotation whose target is printed on the same page is dropped in
/// favour of the printed URL. Each link gets the sentence it sits in; a URL in a footnote
/// ("¹https://github.com/x/y" at the page bottom) is tied to the sentence carrying the footnote's
/// marker when one can be found.
/// </summary>
internal static partial class LinkResolver
{
    [GeneratedRegex(@"^(?<m>\d{1,2}|[∗*†‡§¶]{1,2})\s?\S")]
    private static partial Regex FootnoteMarker();

    public static List<Hyperlink> Resolve(
        string text,
        IReadOnlyList<DocumentPage> pages,
        IReadOnlyList<LayoutPage> layoutPages,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Section> sections,
        IReadOnlyList<WorkLine> lines,
        Func<int, int> pageOf)
    {
        var links = UrlFinder.FindLinks(text, pageOf);
        var printed = new HashSet<(int, string)>();
        foreach (var l in links) printed.Add((l.Page, UrlFinder.Canonical(l.Uri)));

        var pageByNumber = new Dictionary<int, DocumentPage>();
        foreach (var p in pages) pageByNumber.TryAdd(p.Number, p);
        var seenAnnotations = new HashSet<(int, string, string)>();
        foreach (var lp in layoutPages)
        {
            if (lp.Links.Count == 0 || !pageByNumber.TryGetValue(lp.Number, out var page)) continue;
            var cursor = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in lp.Links)
            {
                if (string.IsNullOrWhiteSpace(a.Uri)) continue;
                var canon = UrlFinder.Canonical(a.Uri);
                if (printed.Contains((lp.Number, canon))) continue;
                var anchor = LigatureRepair.Repair(a.AnchorText ?? "");
                if (!seenAnnotations.Add((lp.Number, canon, anchor))) continue;
                var span = Locate(text, page.Span, anchor, cursor);
                links.Add(new Hyperlink(a.Uri.Trim(), lp.Number, span, LinkOrigin.Annotation));
            }
        }

        links.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.Span.Start.CompareTo(b.Span.Start));
        var lineStarts = lines.Select(l => l.Start).ToArray();
        var headingStarts = sections.Select(x => x.Span.Start).ToHashSet();
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var sentence = link.Span.Length > 0 ? SentenceAt(sentences, link.Span.Start) : -1;
            if (link.Span.Length > 0)
            {
                var tied = FootnoteSentence(link, sentences, headingStarts, lines, lineStarts);
                if (tied >= 0) sentence = tied;
            }
            links[i] = link with { SentenceIndex = sentence };
        }
        return links;
    }

    /// <summary>Finds the anchor text in the page; repeated anchors take successive occurrences. Empty span at the page start when absent.</summary>
    private static TextSpan Locate(string text, TextSpan page, string anchor, Dictionary<string, int> cursor)
    {
        if (anchor.Length == 0) return new TextSpan(page.Start, 0);
        var from = cursor.GetValueOrDefault(anchor, page.Start);
        var at = IndexIn(text, anchor, from, page.End, StringComparison.Ordinal);
        if (at < 0 && from > page.Start) at = IndexIn(text, anchor, page.Start, page.End, StringComparison.Ordinal);
        if (at < 0) at = IndexIn(text, anchor, page.Start, page.End, StringComparison.OrdinalIgnoreCase);
        var length = anchor.Length;
        if (at < 0 && anchor.Contains(' '))
        {
            // An anchor broken over two lines: the text may have rejoined it ("https://github.com/ x" → "https://github.com/x").
            var glued = anchor.Replace(" ", "", StringComparison.Ordinal);
            at = IndexIn(text, glued, page.Start, page.End, StringComparison.Ordinal);
            length = glued.Length;
            if (at < 0)
            {
                // Else its longest word.
                var word = anchor.Split(' ').MaxBy(w => w.Length)!;
                length = word.Length;
                if (word.Length >= 4) at = IndexIn(text, word, from, page.End, StringComparison.Ordinal);
                if (at < 0 && word.Length >= 4) at = IndexIn(text, word, page.Start, page.End, StringComparison.Ordinal);
            }
        }
        if (at < 0) return new TextSpan(page.Start, 0);
        cursor[anchor] = at + length;
        return new TextSpan(at, length);
    }

    private static int IndexIn(string text, string value, int start, int end, StringComparison cmp)
    {
        if (end - start < value.Length) return -1;
        var i = text.AsSpan(start, end - start).IndexOf(value.AsSpan(), cmp);
        return i < 0 ? -1 : start + i;
    }

    /// <summary>Index of the sentence whose span holds <paramref name="offset"/>, or -1.</summary>
    public static int SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return -1;
        return offset <= sentences[found].Span.End ? found : -1;
    }

    /// <summary>
    /// For a link in a footnote line ("1 https://…", "†Code: https://…"), the last sentence before the
    /// footnote on the same page carrying the marker ("… implemented in CRANE1, an extension …"); -1 if none.
    /// </summary>
    private static int FootnoteSentence(Hyperlink link, IReadOnlyList<Sentence> sentences, HashSet<int> headingStarts, IReadOnlyList<WorkLine> lines, int[] lineStarts)
    {
        var li = Array.BinarySearch(lineStarts, link.Span.Start);
        if (li < 0) li = ~li - 1;
        if (li < 0 || li >= lines.Count) return -1;
        var line = lines[li];
        if (line.Page != link.Page || line.Heading is not null || line.Caption is not null) return -1;
        var m = FootnoteMarker().Match(line.Text);
        if (!m.Success) return -1;
        if (!IsAtPageBottom(lines, li)) return -1;
        var marker = m.Groups["m"].Value;

        for (var s = SentenceAt(sentences, line.Start) - 1; s >= 0; s--)
        {
            var sentence = sentences[s];
            if (sentence.Page != link.Page) break;
            if (sentence.Span.Start >= line.Start || headingStarts.Contains(sentence.Span.Start)) continue;
            if (CarriesMarker(sentence.Text, marker)) return s;
        }
        return -1;
    }

    /// <summary>The line is in the bottom third of its page, or among the last lines of the page.</summary>
    private static bool IsAtPageBottom(IReadOnlyList<WorkLine> lines, int index)
    {
        var line = lines[index];
        var after = 0;
        for (var j = index + 1; j < lines.Count && lines[j].Page == line.Page; j++) after++;
        if (after <= 3) return true;
        var maxY = line.Y;
        for (var j = index - 1; j >= 0 && lines[j].Page == line.Page; j--) maxY = Math.Max(maxY, lines[j].Y);
        for (var j = index + 1; j < lines.Count && lines[j].Page == line.Page; j++) maxY = Math.Max(maxY, lines[j].Y);
        return maxY > 0 && line.Y >= 0.75 * maxY && after <= 8;
    }

    /// <summary>Whether a sentence carries a footnote marker glued to a word: "CRANE1,", "available1.", "code†".</summary>
    public static bool CarriesMarker(string sentence, string marker)
    {
        var from = 0;
        while (true)
        {
            var i = sentence.IndexOf(marker, from, StringComparison.Ordinal);
            if (i < 0) return false;
            from = i + 1;
            if (i == 0) continue;
            var before = sentence[i - 1];
            var afterIdx = i + marker.Length;
            var after = afterIdx < sentence.Length ? sentence[afterIdx] : ' ';
            var digitMarker = char.IsDigit(marker[0]);
            if (digitMarker)
            {
                if (char.IsDigit(before) || char.IsLetterOrDigit(after) || after == '.' && afterIdx + 1 < sentence.Length && char.IsDigit(sentence[afterIdx + 1])) continue;
                if (!(char.IsLetter(before) || before is ')' or ']' or '.' or ',' or ';' or ':' or '\u2019' or '\u201D' or '"' or '\'')) continue;
                // "D.1", "Fig.1", "Eq.1": a number after a short label, not a marker after a sentence.
                if (before == '.' && i >= 2 && char.IsLetter(sentence[i - 2]) && (i < 3 || !char.IsLetter(sentence[i - 3]) || IsLabelAbbreviation(sentence, i - 1))) continue;
                // "F1", "L2", "GPT4": a one-letter or all-capital short token is a name, not a marker.
                var ws = i - 1;
                while (ws > 0 && char.IsLetter(sentence[ws - 1])) ws--;
                var word = sentence.AsSpan(ws, i - ws);
                if (char.IsLetter(before) && (word.Length <= 1 || (word.Length <= 3 && IsUpper(word)))) continue;
                return true;
            }
            if (char.IsLetterOrDigit(before) || before is ')' or '.' or ',') return true;
        }
    }

    private static bool IsLabelAbbreviation(string sentence, int dot)
    {
        var ws = dot;
        while (ws > 0 && char.IsLetter(sentence[ws - 1])) ws--;
        var word = sentence.AsSpan(ws, dot - ws);
        return word is "Fig" or "Eq" or "Sec" or "Tab" or "Alg" or "Thm" or "Ref" or "No" or "Vol" or "Ch" or "App";
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsUpper(c)) return false;
        return true;
    }
}
