using RuleEngine.Document.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace RuleEngine.Pdf;

/// <summary>
/// Stage 1 of the pipeline for PDFs (PdfPig): letters → runs → lines in reading order (two-column pages
/// read column by column), running headers/footers, rotated margin stamps and hidden text (see
/// <see cref="HiddenGlyphClassifier"/>) removed, plus URI links.
/// Bad input raises <see cref="DocumentReadException"/> only; a page that cannot be read becomes an empty
/// page and a warning. Thread-safe: every call works on its own document.
/// </summary>
public sealed class PdfLayoutReader : ILayoutReader
{
    public const int DefaultMaxPages = 2000;

    /// <param name="maxPages">Pages after this many are skipped (with a warning).</param>
    public PdfLayoutReader(int maxPages = DefaultMaxPages)
    {
        if (maxPages < 1) throw new ArgumentOutOfRangeException(nameof(maxPages), maxPages, "must be at least 1");
        MaxPages = maxPages;
    }

    public int MaxPages { get; }

    public LayoutDocument Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        PdfFileCheck.EnsureLooksLikePdf(path);
        try
        {
            return ReadDocument(path, cancellationToken);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e)
        {
            throw new DocumentReadException(PdfErrorCodes.Corrupt, $"PDF could not be read: {e.GetType().Name}: {PdfFileCheck.OneLine(e.Message)}", e);
        }
    }

    private LayoutDocument ReadDocument(string path, CancellationToken cancellationToken)
    {
        using var document = Open(path);
        // Letters only: PdfPig's default page would also build every vector path, clipping path and image.
        document.AddPageFactory<TextOnlyPage, TextOnlyPageFactory>();
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception e) when (e is not PdfDocumentEncryptedException)
        {
            throw new DocumentReadException(PdfErrorCodes.Corrupt, $"truncated or corrupt PDF: page tree unreadable ({PdfFileCheck.OneLine(e.Message)})", e);
        }
        if (pageCount <= 0) throw new DocumentReadException(PdfErrorCodes.Corrupt, "truncated or corrupt PDF: it has no pages");

        var fonts = new FontStyle();
        var lastPage = Math.Min(pageCount, MaxPages);
        var pages = new List<LayoutPage>(lastPage);
        var warnings = new List<(int Page, string Message)>();
        var hiddenText = new List<HiddenTextOnPage>();
        int letters = 0, failed = 0;
        for (var number = 1; number <= lastPage; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var read = PdfPageReader.Read(document, number, fonts, warnings);
                pages.Add(read.Page);
                letters += read.LetterCount;
                hiddenText.AddRange(read.HiddenText);
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw Encrypted(e);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                warnings.Add((number, $"page could not be read: {e.GetType().Name}: {PdfFileCheck.OneLine(e.Message)}"));
                pages.Add(new LayoutPage(number, 612, 792, [], []));
            }
        }
        if (pageCount > lastPage)
            warnings.Add((lastPage + 1, $"pages {lastPage + 1}-{pageCount} skipped: the reader stops after {MaxPages} pages"));

        if (failed == lastPage)
            throw new DocumentReadException(PdfErrorCodes.Corrupt, $"truncated or corrupt PDF: none of its {lastPage} pages could be read ({warnings[0].Message})");
        if (letters == 0)
            throw new DocumentReadException(PdfErrorCodes.NoTextLayer, $"no text layer: the PDF's {pageCount} page(s) contain no text (a scan?)");

        return new LayoutDocument(RunningHeaderFilter.Apply(pages), warnings) { HiddenText = hiddenText };
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(PdfErrorCodes.FileUnreadable, $"file cannot be read: {PdfFileCheck.OneLine(e.Message)}", e);
        }
        catch (Exception e)
        {
            throw new DocumentReadException(PdfErrorCodes.Corrupt, $"truncated or corrupt PDF: {PdfFileCheck.OneLine(e.Message)}", e);
        }
    }

    private static DocumentReadException Encrypted(Exception e) =>
        new(PdfErrorCodes.Encrypted, "encrypted PDF: it cannot be read without a password", e);
}
