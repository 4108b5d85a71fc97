using System.Text;
using RuleEngine.Document.Layout;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Building;

/// <summary>
/// Builds the <see cref="PaperDocument"/> from laid-out pages: joins lines into paragraphs (undoing
/// hyphenation, repairing ligatures), splits sentences, finds sections, floats, links and the title block.
/// PLACEHOLDER: minimal version; the full one replaces the internals without changing the API.
/// </summary>
public static class PaperDocumentBuilder
{
    /// <summary>The line that separates pages in a text fixture.</summary>
    public const string PageBreakMarker = "<<<PAGE>>>";

    public static PaperDocument Build(string fileName, string sha256, IReadOnlyList<LayoutPage> pages)
    {
        var sb = new StringBuilder();
        var docPages = new List<DocumentPage>();
        var lines = new List<DocumentLine>();
        var sentences = new List<Sentence>();
        foreach (var page in pages)
        {
            var start = sb.Length;
            foreach (var l in page.Lines)
            {
                lines.Add(new DocumentLine(l.Text, page.Number, sb.Length, l.X, l.Y, l.FontSize, l.IsBold, l.Column));
                var s0 = sb.Length;
                sb.Append(l.Text);
                if (l.Text.Trim().Length > 0)
                    sentences.Add(new Sentence(sentences.Count, l.Text, page.Number, new TextSpan(s0, l.Text.Length)));
                sb.Append('\n');
            }
            docPages.Add(new DocumentPage(page.Number, TextSpan.FromBounds(start, sb.Length), page.Width, page.Height));
        }
        return new PaperDocument(fileName, sha256, sb.ToString(), docPages, lines, sentences, [], [], [], TitleBlock.Empty);
    }

    /// <summary>Builds a document from plain text: pages separated by a line <see cref="PageBreakMarker"/> (or a form feed).</summary>
    public static PaperDocument FromText(string text, string fileName = "fixture.txt")
    {
        var pageTexts = text.Replace("\r\n", "\n").Replace("\f", "\n" + PageBreakMarker + "\n")
            .Split("\n" + PageBreakMarker + "\n");
        var pages = pageTexts.Select((t, i) => LayoutPage.FromLines(i + 1, t.Split('\n'))).ToList();
        return Build(fileName, "", pages);
    }
}
