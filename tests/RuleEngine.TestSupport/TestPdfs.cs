using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RuleEngine.TestSupport;

/// <summary>A temporary folder for generated input files, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "repdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Builds small PDFs for tests: text placed with PdfPig's writer (y measured from the page top), or hand-written bytes.</summary>
public static class TestPdfs
{
    public const double PageHeight = 792;

    /// <summary>One text item: its page (1-based), left x, baseline y from the page top, size and boldness.</summary>
    public sealed record TextItem(int Page, string Text, double X, double Y, double Size = 10, bool Bold = false);

    /// <summary>A letter-size PDF with <paramref name="pageCount"/> pages and the given text.</summary>
    public static byte[] WithText(int pageCount, IEnumerable<TextItem> items)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var pages = Enumerable.Range(0, pageCount).Select(_ => builder.AddPage(PageSize.Letter)).ToList();
        foreach (var item in items)
            pages[item.Page - 1].AddText(item.Text, item.Size, new PdfPoint(item.X, PageHeight - item.Y), item.Bold ? bold : regular);
        return builder.Build();
    }

    /// <summary>A PDF whose pages draw only a rectangle: pages but no text layer, like a scan.</summary>
    public static byte[] WithoutText(int pageCount)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pageCount; i++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.DrawRectangle(new PdfPoint(72, 72), 200, 300);
        }
        return builder.Build();
    }

    /// <summary>A hand-written PDF with a Standard security handler whose passwords are unknown.</summary>
    public static byte[] Encrypted()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -4 >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append($"{offset:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n");
        sb.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>
    /// A hand-written PDF from its object bodies (object N is <c>objects[N-1]</c>, object 1 the catalog),
    /// with a correct cross-reference table unless <paramref name="trailerExtra"/> says otherwise.
    /// </summary>
    public static byte[] FromObjects(IReadOnlyList<string> objects, string trailerExtra = "")
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append($"{offset:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra.Replace("{xref}", xref.ToString())} >>\n");
        sb.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>A one-page text PDF whose page content is <paramref name="content"/> (Helvetica as /F1), page box <paramref name="mediaBox"/>.</summary>
    public static byte[] OnePage(string content, string mediaBox = "0 0 612 792", string pageExtra = "") => FromObjects(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [{mediaBox}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {pageExtra}>>",
        $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]);

    /// <summary>A two-page paper with a title block, an introduction and an experiments section (fuzzing seed material).</summary>
    public static byte[] SmallPaper() => WithText(2,
    [
        new(1, "A Small Paper on Fuzzing", 150, 80, 16, Bold: true),
        new(1, "Jane Doe, University of Somewhere", 180, 110),
        new(1, "1 Introduction", 72, 160, 12, Bold: true),
        .. Enumerable.Range(0, 20).Select(i => new TextItem(1, Filler("Intro", i), 72, 180 + i * 14)),
        new(2, "2 Experiments", 72, 80, 12, Bold: true),
        new(2, "We train on 80% of the data and test on the remaining 20% using 4 NVIDIA V100 GPUs.", 72, 100),
        .. Enumerable.Range(0, 20).Select(i => new TextItem(2, Filler("Results", i), 72, 120 + i * 14)),
    ]);

    /// <summary>A column line of filler words long enough to look like body text (about 45 characters).</summary>
    public static string Filler(string label, int n) => $"{label} {n:00} lorem ipsum dolor sit amet consectetur";
}
