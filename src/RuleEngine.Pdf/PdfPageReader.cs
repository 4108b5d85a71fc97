using RuleEngine.Document.Layout;
using UglyToad.PdfPig;

namespace RuleEngine.Pdf;

/// <summary>A laid-out page, how many letters the PDF draws on it (to tell scans from text PDFs), and the hidden text left out of it.</summary>
internal readonly record struct PageRead(LayoutPage Page, int LetterCount, List<HiddenTextOnPage> HiddenText);

/// <summary>Lays out one page: glyphs → runs (review line numbers dropped) → columns → lines in reading order, plus its links.</summary>
internal static class PdfPageReader
{
    public static PageRead Read(PdfDocument document, int number, FontStyle fonts, List<(int Page, string Message)> warnings)
    {
        var page = document.GetPage<TextOnlyPage>(number);
        var glyphs = GlyphExtractor.Extract(page, fonts);
        var frame = glyphs.Frame;
        var runs = LineNumberFilter.Apply(RunBuilder.Build(glyphs.Glyphs), frame.Width);
        var gutter = ColumnDetector.Detect(runs, frame.Width);
        var lines = ReadingOrder.Arrange(runs, gutter);

        List<LayoutLink> links;
        try
        {
            links = LinkExtractor.Extract(page, frame, lines);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            links = [];
            warnings.Add((number, $"links could not be read: {e.GetType().Name}: {PdfFileCheck.OneLine(e.Message)}"));
        }

        var layoutLines = new List<LayoutLine>(lines.Count);
        foreach (var l in lines)
        {
            layoutLines.Add(new LayoutLine(l.Text, Math.Round(l.X0, 2), Math.Round(l.Baseline, 2), Math.Round(l.X1 - l.X0, 2),
                Math.Round(l.DominantSize, 1), l.IsBold, l.Column));
        }
        return new PageRead(new LayoutPage(number, Math.Round(frame.Width, 2), Math.Round(frame.Height, 2), layoutLines, links), glyphs.LetterCount, glyphs.HiddenText);
    }
}
