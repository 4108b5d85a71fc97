using System.Text;
using RuleEngine.Document.Layout;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace RuleEngine.Pdf;

/// <summary>
/// Reads a page's /Link annotations that open a URI, with the words printed under each link's
/// rectangle as anchor text. Consecutive annotations to the same URI (a link broken over two lines)
/// become one link. Cost: lines × links plus words of the lines a link touches.
/// </summary>
internal static class LinkExtractor
{
    /// <summary>Slack (points) around a link rectangle when deciding whether a word is under it.</summary>
    private const double Slack = 1;

    public static List<LayoutLink> Extract(Page page, PageFrame frame, IReadOnlyList<PageLine> lines)
    {
        var links = new List<LayoutLink>();
        string? lastUri = null;
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link || annotation.Action is not UriAction { Uri: { Length: > 0 } uri }) continue;
            uri = GlyphText.Clean(uri).Trim();
            if (uri.Length == 0) continue;
            var anchor = AnchorText(frame.Box(annotation.Rectangle), lines);
            if (uri == lastUri && links.Count > 0)
            {
                var prev = links[^1];
                var joined = prev.AnchorText.Length == 0 ? anchor : anchor.Length == 0 ? prev.AnchorText : prev.AnchorText + " " + anchor;
                links[^1] = prev with { AnchorText = joined };
                continue;
            }
            links.Add(new LayoutLink(uri, anchor));
            lastUri = uri;
        }
        return links;
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
                    if (centre < box.Left - Slack || centre > box.Right + Slack) continue;
                    text ??= run.Text;
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(text, w.Start, w.Length);
                }
            }
        }
        return sb.ToString();
    }
}
