using System.Diagnostics;
using RuleEngine.Document.Layout;

namespace RuleEngine.Pdf.Tests;

/// <summary>
/// Pathological PDFs — deep nesting, cross-reference loops, page-tree cycles, huge pages, a 1,000-page file,
/// a 60 MB scan — end in a layout or a one-line <see cref="DocumentReadException"/>, quickly, never a hang or crash.
/// </summary>
public sealed class PathologicalPdfTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);
    private const string Text = "BT /F1 10 Tf 72 700 Td (We ran all experiments on one machine and report the results.) Tj ET";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Reads within the budget; returns the layout, or null after checking the exception is a clean diagnostic.</summary>
    private (LayoutDocument? Layout, DocumentReadException? Error) ReadWithinBudget(string path, int maxPages = PdfLayoutReader.DefaultMaxPages)
    {
        var reader = new PdfLayoutReader(maxPages);
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => reader.Read(path));
        Assert.True(work.ContinueWith(_ => { }, TaskScheduler.Default).Wait(Budget), $"reading {Path.GetFileName(path)} took longer than {Budget.TotalSeconds} s");
        clock.Stop();
        if (work.IsFaulted)
        {
            var error = Assert.IsType<DocumentReadException>(work.Exception!.InnerException);
            Assert.Matches("^RE01\\d\\d$", error.Code);
            Assert.DoesNotContain('\n', error.Message);
            return (null, error);
        }
        return (work.Result, null);
    }

    [Fact]
    public void Deeply_nested_arrays_in_a_page_dictionary()
    {
        const int depth = 100_000;
        var nested = new string('[', depth) + new string(']', depth);
        var path = _dir.Write("nested.pdf", TestPdfs.OnePage(Text, pageExtra: $"/Junk {nested} "));

        ReadWithinBudget(path);
    }

    [Fact]
    public void Deeply_nested_dictionaries_in_the_content_stream()
    {
        var nested = string.Concat(Enumerable.Repeat("<< /A ", 50_000)) + string.Concat(Enumerable.Repeat(">> ", 50_000));
        var path = _dir.Write("nested-content.pdf", TestPdfs.OnePage(nested + "\n" + Text));

        ReadWithinBudget(path);
    }

    [Fact]
    public void Cross_reference_table_whose_Prev_points_to_itself()
    {
        var bytes = TestPdfs.FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {Text.Length} >>\nstream\n{Text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ], trailerExtra: "/Prev {xref}");
        var path = _dir.Write("xref-loop.pdf", bytes);

        ReadWithinBudget(path);
    }

    [Fact]
    public void Page_tree_that_contains_itself()
    {
        var bytes = TestPdfs.FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {Text.Length} >>\nstream\n{Text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
        var path = _dir.Write("page-tree-cycle.pdf", bytes);

        ReadWithinBudget(path);
    }

    [Fact]
    public void Huge_page_box()
    {
        var path = _dir.Write("huge-page.pdf", TestPdfs.OnePage(Text, mediaBox: "0 0 14400000 14400000"));

        var (layout, _) = ReadWithinBudget(path);

        Assert.NotNull(layout);
    }

    [Fact]
    public void Content_stream_with_two_hundred_thousand_tiny_text_operations()
    {
        var content = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"BT /F1 1 Tf {i % 600} {i % 790} Td (x) Tj ET\n"));
        var path = _dir.Write("dense.pdf", TestPdfs.OnePage(content));

        ReadWithinBudget(path);
    }

    [Fact]
    public void A_thousand_page_file_is_read_and_pages_past_the_limit_are_skipped_with_a_warning()
    {
        var items = Enumerable.Range(1, 1000).Select(p => new TestPdfs.TextItem(p, TestPdfs.Filler($"Page {p}", p), 72, 100));
        var path = _dir.Write("thousand.pdf", TestPdfs.WithText(1000, items));

        var (layout, _) = ReadWithinBudget(path, maxPages: 600);

        Assert.NotNull(layout);
        Assert.Equal(600, layout!.Pages.Count);
        Assert.Contains(layout.Warnings, w => w.Message.Contains("skipped"));
    }

    [Fact]
    public void A_60_MB_scan_without_text_is_reported_as_having_no_text_layer()
    {
        const int size = 60 * 1024 * 1024;
        var path = _dir.File("scan.pdf");
        using (var file = File.Create(path))
        {
            var head = "%PDF-1.4\n";
            var objects = new List<(int Offset, string Body)>();
            var sb = new System.Text.StringBuilder(head);
            void Add(string body) { objects.Add((sb.Length, body)); sb.Append($"{objects.Count} 0 obj\n{body}\nendobj\n"); }
            Add("<< /Type /Catalog /Pages 2 0 R >>");
            Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>");
            Add("<< /Length 35 >>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q    \nendstream");
            var imageStart = sb.Length;
            var imageHeader = $"5 0 obj\n<< /Type /XObject /Subtype /Image /Width 4096 /Height {size / 4096 / 3} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length {size} >>\nstream\n";
            var bytes = System.Text.Encoding.Latin1.GetBytes(sb.ToString() + imageHeader);
            file.Write(bytes);
            var chunk = new byte[1 << 20];
            var random = new Random(5);
            for (var written = 0; written < size; written += chunk.Length) { random.NextBytes(chunk); file.Write(chunk); }
            var tail = new System.Text.StringBuilder("\nendstream\nendobj\n");
            var xref = bytes.Length + size + tail.Length;
            tail.Append("xref\n0 6\n0000000000 65535 f \n");
            foreach (var (offset, _) in objects) tail.Append($"{offset:D10} 00000 n \n");
            tail.Append($"{imageStart:D10} 00000 n \n");
            tail.Append($"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            file.Write(System.Text.Encoding.Latin1.GetBytes(tail.ToString()));
        }

        var (_, error) = ReadWithinBudget(path);

        Assert.NotNull(error);
        Assert.Equal("RE0104", error!.Code);
    }
}
