using System.Text;
using RuleEngine.Document.Layout;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace RuleEngine.Pdf;

/// <summary>
/// Reads a page's /Link annotations that open a URI, with the words printed under each link's
/// rectangle as anchor text. Consecutive annotations to the same URI on the same or the next line (a link
/// broken over two lines) become one link. Cost: lines × links plus words of the lines a link touches.
/// </summary>
internal static class LinkExtractor
{
    /// <summary>Slack (points) around a link rectangle when deciding whether a word is under it.</summary>
    private const double Slack = 1;

    public static List<LayoutLink> Extract(TextOnlyPage page, PageFrame frame, IReadOnlyList<PageLine> lines)
    {
        var links = new List<LayoutLink>();
        string? lastUri = null;
        (double Left, double Top, double Right, double Bottom) lastBox = default;
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link || annotation.Action is not UriAction { Uri: { Length: > 0 } uri }) continue;
            uri = GlyphText.Clean(uri).Trim();
            if (uri.Length == 0) continue;
            var box = frame.Box(annotation.Rectangle);
            var anchor = AnchorText(box, lines);
            if (uri == lastUri && links.Count > 0 && Adjacent(lastBox, box))
            {
                var prev = links[^1];
                links[^1] = prev with { AnchorText = Join(prev.AnchorText, anchor) };
            }
            else
            {
                links.Add(new LayoutLink(uri, anchor));
            }
            lastUri = uri;
            lastBox = box;
        }
        return links;
    }

    /// <summary>The second rectangle is on the same line as the first or on one of the next two.</summary>
    private static bool Adjacent((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b)
    {
        var height = Math.Max(4, Math.Max(a.Bottom - a.Top, b.Bottom - b.Top));
        return b.Top >= a.Top - 0.5 * height && b.Top <= a.Bottom + 1.5 * height;
    }

    /// <summary>Joins the parts of a wrapped link; a URL broken after '/', '.', ':' and the like is joined without a space.</summary>
    private static string Join(string first, string second)
    {
        if (first.Length == 0) return second;
        if (second.Length == 0) return first;
        var urlBreak = "/.:-_?=&#~%".Contains(first[^1]) && !first.Contains(' ') && !second.Contains(' ');
        return urlBreak ? first + second : first + " " + second;
    }

    private static string AnchorText((double Left, double Top, double Right, double Bottom) box, IReadOnlyList<PageLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            // Vertical test on the line's x-height band; horizontal on the line's extent.
            var size = line.Size;
            var middle = line.Baseline - 0.3 * size;
            if (middle < box.Top - Slack || middle > box.Bottom + Slack) continue;
            if (line.X1 < box.Left - Slack || line.X0 > box.Right + Slack) continue;
            foreach (var run in line.Runs)
            {
                if (run.X1 < box.Left - Slack || run.X0 > box.Right + Slack) continue;
                var runMiddle = run.Baseline - 0.3 * run.MainSize;
                if (runMiddle < box.Top - Slack || runMiddle > box.Bottom + Slack) continue;
                string? text = null;
                foreach (var w in run.Words)
                {
                    var centre = (w.X0 + w.X1) / 2;
                    if (centre < box.Left || centre > box.Right) continue;
                    text ??= run.Text;
                    // Punctuation just outside the rectangle ("(https://...)." ) is not part of the anchor.
                    int start = w.Start, length = w.Length;
                    if (length > 1 && w.X0 < box.Left - Slack && "([{\"'“‘".Contains(text[start])) { start++; length--; }
                    while (length > 1 && w.X1 > box.Right + Slack && ".,;:)]}\"'”’".Contains(text[start + length - 1])) length--;
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(text, start, length);
                }
            }
        }
        return sb.ToString();
    }
}
