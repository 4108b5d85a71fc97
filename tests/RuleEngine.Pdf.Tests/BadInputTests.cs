using RuleEngine.Document.Layout;
using RuleEngine.TestSupport;

namespace RuleEngine.Pdf.Tests;

/// <summary>Unreadable input ends in a <see cref="DocumentReadException"/> with a stable code and a one-line message, never another exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly PdfLayoutReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private DocumentReadException ReadFails(string path)
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(path));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    [Fact]
    public void Missing_file_is_unreadable() => Assert.Equal("RE0106", ReadFails(_dir.File("nope.pdf")).Code);

    [Fact]
    public void Zero_byte_file_is_not_a_pdf() => Assert.Equal("RE0102", ReadFails(_dir.Write("empty.pdf", [])).Code);

    [Fact]
    public void Random_bytes_are_not_a_pdf()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'x'; // make sure no accidental header

        Assert.Equal("RE0102", ReadFails(_dir.Write("random.pdf", bytes)).Code);
    }

    [Fact]
    public void Text_file_is_not_a_pdf() =>
        Assert.Equal("RE0102", ReadFails(_dir.Write("notes.pdf", "Just some notes, not a PDF at all.\n"u8.ToArray())).Code);

    [Fact]
    public void Pdf_header_followed_by_garbage_is_corrupt()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        Assert.Equal("RE0103", ReadFails(_dir.Write("garbage.pdf", bytes)).Code);
    }

    [Fact]
    public void Encrypted_pdf_is_reported_as_encrypted() =>
        Assert.Equal("RE0101", ReadFails(_dir.Write("locked.pdf", TestPdfs.Encrypted())).Code);

    [CorpusTheory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void Truncated_corpus_pdf_reads_partially_or_fails_cleanly(double fraction)
    {
        var source = File.ReadAllBytes(RepoPaths.CorpusPdf("icml15-ganin15"));
        var path = _dir.Write("truncated.pdf", source[..(int)(source.Length * fraction)]);

        try
        {
            var doc = _reader.Read(path);
            Assert.NotEmpty(doc.Pages);
        }
        catch (DocumentReadException e)
        {
            Assert.Contains(e.Code, new[] { "RE0103", "RE0104" });
            Assert.DoesNotContain('\n', e.Message);
        }
    }
}
