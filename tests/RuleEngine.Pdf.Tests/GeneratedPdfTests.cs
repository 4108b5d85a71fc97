using RuleEngine.Document.Layout;
using static RuleEngine.TestSupport.TestPdfs;

namespace RuleEngine.Pdf.Tests;

/// <summary>The reader on PDFs generated with PdfPig's writer: text, geometry, columns, headers, limits.</summary>
public sealed class GeneratedPdfTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly PdfLayoutReader _reader = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_text_layer_with_geometry_size_and_bold()
    {
        var path = _dir.Write("text.pdf", WithText(1,
        [
            new TextItem(1, "A Bold Heading", 72, 100, 14, Bold: true),
            new TextItem(1, "Hello world from the layout reader.", 72, 130),
        ]));

        var doc = _reader.Read(path);

        var page = Assert.Single(doc.Pages);
        Assert.Equal(1, page.Number);
        Assert.Equal(612, page.Width, 1);
        Assert.Equal(792, page.Height, 1);
        Assert.Equal(["A Bold Heading", "Hello world from the layout reader."], page.Lines.Select(l => l.Text));
        var heading = page.Lines[0];
        Assert.True(heading.IsBold);
        Assert.Equal(14, heading.FontSize, 1);
        Assert.Equal(72, heading.X, 0);
        Assert.Equal(100, heading.Y, 0);
        var body = page.Lines[1];
        Assert.False(body.IsBold);
        Assert.Equal(10, body.FontSize, 1);
        Assert.Equal(130, body.Y, 0);
        Assert.True(body.Width > 100);
        Assert.All(page.Lines, l => Assert.Equal(0, l.Column));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Two_column_page_reads_left_column_then_right_column_with_full_width_lines_in_place()
    {
        var items = new List<TextItem> { new(1, "A Full Width Title Spanning Both Columns Of The Page Layout", 120, 80, 14, Bold: true) };
        for (var i = 0; i < 12; i++)
        {
            items.Add(new TextItem(1, Filler("Left", i), 54, 120 + i * 12));
            items.Add(new TextItem(1, Filler("Right", i), 318, 120 + i * 12));
        }
        // A full-width figure caption below both columns, then a second two-column stretch.
        items.Add(new TextItem(1, "Figure 1: A caption that runs across the whole width of the page below the columns.", 54, 290));
        for (var i = 0; i < 5; i++)
        {
            items.Add(new TextItem(1, Filler("Lower-left", i), 54, 320 + i * 12));
            items.Add(new TextItem(1, Filler("Lower-right", i), 318, 320 + i * 12));
        }
        var path = _dir.Write("columns.pdf", WithText(1, items));

        var lines = _reader.Read(path).Pages[0].Lines;

        var expected = new List<string> { items[0].Text };
        expected.AddRange(Enumerable.Range(0, 12).Select(i => Filler("Left", i)));
        expected.AddRange(Enumerable.Range(0, 12).Select(i => Filler("Right", i)));
        expected.Add("Figure 1: A caption that runs across the whole width of the page below the columns.");
        expected.AddRange(Enumerable.Range(0, 5).Select(i => Filler("Lower-left", i)));
        expected.AddRange(Enumerable.Range(0, 5).Select(i => Filler("Lower-right", i)));
        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(0, lines[0].Column);
        Assert.All(lines.Where(l => l.Text.StartsWith("Left") || l.Text.StartsWith("Lower-left")), l => Assert.Equal(1, l.Column));
        Assert.All(lines.Where(l => l.Text.StartsWith("Right") || l.Text.StartsWith("Lower-right")), l => Assert.Equal(2, l.Column));
    }

    [Fact]
    public void Single_column_page_with_a_table_stays_top_to_bottom()
    {
        var items = new List<TextItem>();
        for (var i = 0; i < 10; i++)
            items.Add(new TextItem(1, $"Paragraph line {i:00} that runs across most of the single text column of this page.", 72, 100 + i * 12));
        for (var i = 0; i < 6; i++)
        {
            items.Add(new TextItem(1, $"Setting {i}", 100, 260 + i * 12));
            items.Add(new TextItem(1, $"{0.1 * i:0.0}", 400, 260 + i * 12));
        }
        var path = _dir.Write("single.pdf", WithText(1, items));

        var lines = _reader.Read(path).Pages[0].Lines;

        Assert.Equal(16, lines.Count);
        Assert.StartsWith("Paragraph line 00", lines[0].Text);
        Assert.Equal("Setting 0 0.0", lines[10].Text);
        Assert.Equal("Setting 5 0.5", lines[15].Text);
        Assert.All(lines, l => Assert.Equal(0, l.Column));
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First.Y < p.Second.Y));
    }

    [Fact]
    public void Running_header_and_page_numbers_are_removed_but_body_is_kept()
    {
        var items = new List<TextItem>();
        for (var p = 1; p <= 4; p++)
        {
            items.Add(new TextItem(p, "Proceedings of a Conference on Tests", 200, 40, 9));
            items.Add(new TextItem(p, $"Body text of page {p} which is different on every page.", 72, 300));
            items.Add(new TextItem(p, p.ToString(), 300, 760, 9));
        }
        var path = _dir.Write("headers.pdf", WithText(4, items));

        var doc = _reader.Read(path);

        Assert.Equal(4, doc.Pages.Count);
        foreach (var page in doc.Pages)
        {
            var line = Assert.Single(page.Lines);
            Assert.Equal($"Body text of page {page.Number} which is different on every page.", line.Text);
        }
    }

    [Fact]
    public void Pages_without_letters_raise_no_text_layer()
    {
        var path = _dir.Write("scan.pdf", WithoutText(2));

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(path));

        Assert.Equal("RE0104", e.Code);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_blank_page_among_text_pages_is_an_empty_page()
    {
        var path = _dir.Write("blank.pdf", WithText(3, [new TextItem(1, "First page text.", 72, 100), new TextItem(3, "Third page text.", 72, 100)]));

        var doc = _reader.Read(path);

        Assert.Equal([1, 2, 3], doc.Pages.Select(p => p.Number));
        Assert.Empty(doc.Pages[1].Lines);
        Assert.Equal("Third page text.", Assert.Single(doc.Pages[2].Lines).Text);
    }

    [Fact]
    public void Pages_beyond_max_pages_are_skipped_with_a_warning()
    {
        var items = Enumerable.Range(1, 5).Select(p => new TextItem(p, $"Text on page {p}.", 72, 100 + p * 20));
        var path = _dir.Write("long.pdf", WithText(5, items));

        var doc = new PdfLayoutReader(maxPages: 2).Read(path);

        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal(3, warning.Page);
        Assert.Contains("3-5", warning.Message);
    }

    [Fact]
    public void A_cancelled_token_stops_the_read()
    {
        var path = _dir.Write("cancel.pdf", WithText(1, [new TextItem(1, "Some text.", 72, 100)]));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _reader.Read(path, cts.Token));
    }

    [Fact]
    public void Words_are_joined_by_single_spaces()
    {
        var path = _dir.Write("spaces.pdf", WithText(1, [new TextItem(1, "Many     drawn   spaces between words", 72, 100)]));

        var line = Assert.Single(_reader.Read(path).Pages[0].Lines);

        Assert.Equal("Many drawn spaces between words", line.Text);
    }
}
