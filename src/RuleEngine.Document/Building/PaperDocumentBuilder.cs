using RuleEngine.Document.Layout;
using RuleEngine.Document.Links;
using RuleEngine.Document.Structure;
using RuleEngine.Document.Text;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Building;

/// <summary>
/// Builds the <see cref="PaperDocument"/> from laid-out pages (stage 2 of the pipeline):
/// <list type="number">
/// <item>repairs each line's characters (<see cref="LigatureRepair"/>, then <see cref="BrokenGlyphRepair"/> with the paper's own vocabulary);</item>
/// <item>finds headings (<see cref="HeadingDetector"/>) and captions (<see cref="CaptionDetector"/>);</item>
/// <item>groups lines into paragraphs (<see cref="ParagraphAssembler"/>) and writes the text (<see cref="TextComposer"/>: de-hyphenation, URLs rejoined);</item>
/// <item>splits sentences (<see cref="SentenceSplitter"/>), builds sections (<see cref="SectionBuilder"/>), floats (<see cref="FloatFinder"/>),
/// links (<see cref="UrlFinder"/>, <see cref="LinkResolver"/>) and the title block (<see cref="TitleBlockParser"/>).</item>
/// </list>
/// Lines arrive in reading order with running headers and footers removed. Pages always start a new paragraph.
/// Safe to call from several threads at once (each call has its own state).
/// </summary>
public static class PaperDocumentBuilder
{
    /// <summary>The line that separates pages in a text fixture.</summary>
    public const string PageBreakMarker = "<<<PAGE>>>";

    /// <summary>Approximate width of one character in a text fixture (points), so that "short line" means something there.</summary>
    private const double FixtureCharWidth = 5;

    /// <summary>When set (tests, measurements), receives the time of each stage of the next builds on any thread.</summary>
    internal static Action<string, double>? StageTimer { get; set; }

    public static PaperDocument Build(string fileName, string sha256, IReadOnlyList<LayoutPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var timer = StageTimer;
        var sw = timer is null ? null : System.Diagnostics.Stopwatch.StartNew();
        void Stage(string name)
        {
            if (sw is null) return;
            timer!(name, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
        }

        // 1. Lines: characters repaired, blank lines remembered as paragraph breaks.
        var work = new List<WorkLine>();
        foreach (var page in pages)
        {
            var breakBefore = true;
            foreach (var l in page.Lines)
            {
                var repaired = LigatureRepair.Repair(l.Text ?? "");
                if (repaired.Length == 0) { breakBefore = true; continue; }
                work.Add(new WorkLine(work.Count, page.Number, repaired, l.X, l.Y, l.Width, l.FontSize, l.IsBold, l.Column) { BreakBefore = breakBefore });
                breakBefore = false;
            }
        }
        Stage("repair");
        var vocabulary = WordVocabulary.FromLines(work.Select(w => w.Text));
        foreach (var w in work)
            if (BrokenGlyphRepair.MayNeedRepair(w.Text)) w.Text = BrokenGlyphRepair.Repair(w.Text, vocabulary);

        Stage("vocabulary");

        // 2. Structure of lines: headings, captions, paragraphs.
        var widths = pages.Select(p => p.Width).Where(w => w > 0).Order().ToList();
        var stats = LayoutStatistics.Compute(work, widths.Count > 0 ? widths[widths.Count / 2] : 0);
        Stage("statistics");
        HeadingDetector.Detect(work, stats);
        Stage("headings");
        CaptionDetector.Detect(work, stats);
        Stage("captions");
        var paragraphs = ParagraphAssembler.Assemble(work, stats);
        Stage("paragraphs");

        // 3. Text, lines and pages.
        var pageNumbers = pages.Select(p => p.Number).ToList();
        var text = TextComposer.Compose(work, paragraphs, pageNumbers, vocabulary, out var pageStarts);
        var docPages = new List<DocumentPage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var end = i + 1 < pages.Count ? pageStarts[i + 1] : text.Length;
            docPages.Add(new DocumentPage(pages[i].Number, TextSpan.FromBounds(pageStarts[i], end), pages[i].Width, pages[i].Height));
        }
        int PageOf(int offset)
        {
            var i = Array.BinarySearch(pageStarts, offset);
            if (i < 0) i = ~i - 1;
            else while (i + 1 < pageStarts.Length && pageStarts[i + 1] == offset) i++; // empty pages share an offset
            return docPages.Count == 0 ? 1 : docPages[Math.Clamp(i, 0, docPages.Count - 1)].Number;
        }
        Stage("text");
        var docLines = work.Select(w => new DocumentLine(w.Text, w.Page, w.Start, w.X, w.Y, w.FontSize, w.IsBold, w.Column)).ToList();

        // 4. Sections and sentences.
        var sections = SectionBuilder.Build(work, paragraphs, text);
        Stage("sections");
        var sentences = SplitSentences(text, work, paragraphs, sections, PageOf);
        Stage("sentences");

        // 5. Floats, links, title block.
        var floats = FloatFinder.Find(work, paragraphs, docLines, text, stats);
        Stage("floats");
        var links = LinkResolver.Resolve(text, docPages, pages, sentences, sections, work, PageOf);
        Stage("links");
        var titleBlock = TitleBlockParser.Parse(work, docLines, stats);
        Stage("title block");

        return new PaperDocument(fileName, sha256, text, docPages, docLines, sentences, sections, links, floats, titleBlock);
    }

    private static List<Sentence> SplitSentences(string text, IReadOnlyList<WorkLine> work, IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Section> sections, Func<int, int> pageOf)
    {
        var splitter = new SentenceSplitter();
        splitter.SetDocument(text);
        var spans = new List<TextSpan>(paragraphs.Count * 3);
        var lineStarts = new List<int>(32);
        foreach (var p in paragraphs)
        {
            lineStarts.Clear();
            for (var i = p.FirstLine + 1; i <= p.LastLine; i++) lineStarts.Add(work[i].Start);
            splitter.Split(text, p.Start, p.End, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lineStarts), spans);
        }

        var sentences = new List<Sentence>(spans.Count);
        var section = -1;
        foreach (var span in spans)
        {
            while (section + 1 < sections.Count && sections[section + 1].Span.Start <= span.Start) section++;
            sentences.Add(new Sentence(sentences.Count, text.Substring(span.Start, span.Length), pageOf(span.Start), span, section));
        }
        return sentences;
    }

    /// <summary>
    /// Builds a document from plain text: pages separated by a line <see cref="PageBreakMarker"/> (or a form feed);
    /// each text line becomes a layout line (a blank line leaves a vertical gap, i.e. a paragraph break).
    /// </summary>
    public static PaperDocument FromText(string text, string fileName = "fixture.txt")
    {
        var pageTexts = text.Replace("\r\n", "\n").Replace("\f", "\n" + PageBreakMarker + "\n")
            .Split("\n" + PageBreakMarker + "\n");
        var pages = new List<LayoutPage>(pageTexts.Length);
        for (var i = 0; i < pageTexts.Length; i++)
        {
            var rows = pageTexts[i].Split('\n');
            var lines = new List<LayoutLine>(rows.Length);
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r].TrimEnd();
                if (row == PageBreakMarker) continue;
                lines.Add(new LayoutLine(row, 72, 72 + r * 12, Math.Max(1, row.Trim().Length) * FixtureCharWidth, 10, false, 0));
            }
            pages.Add(new LayoutPage(i + 1, 612, Math.Max(792, 72 + rows.Length * 12 + 72), lines, []));
        }
        return Build(fileName, "", pages);
    }
}
