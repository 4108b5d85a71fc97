using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace RuleEngine.Pdf;

/// <summary>
/// The parsed operations of a document's form XObjects, kept only for small forms. PdfPig keeps every form's
/// operations until the page is done; a figure made of eighteen forms of 200,000 line segments each then
/// holds some 150 MB. Small forms (logos, plot markers, a journal's running head) are often drawn many times,
/// on one page or on every page, so they stay cached for the whole document (up to
/// <see cref="MaxCachedOperationsPerDocument"/> operations in all); a large form is parsed again on the rare
/// page that draws it twice. One cache serves every page of a document and both runs of a page
/// (<see cref="TextOnlyPageFactory"/>): parsed operations are immutable, and the parse does not depend on the page.
/// </summary>
internal sealed class FormOperationsCache(IPageContentParser parser, ILookupFilterProvider filters, IPdfTokenScanner scanner, ParsingOptions options)
{
    /// <summary>Forms with at most this many operations are kept (about 0.4 MB of operations).</summary>
    public const int MaxCachedOperations = 10_000;

    /// <summary>All cached forms together hold at most this many operations (about 4 MB).</summary>
    public const int MaxCachedOperationsPerDocument = 100_000;

    private int _cachedOperations;

    // Keyed by the form's indirect reference when it has one: PdfPig reads a stream object afresh each time a page
    // asks for it (it does not cache streams), so only the reference is the same from one page to the next.
    private readonly Dictionary<object, IReadOnlyList<IGraphicsStateOperation>> _small = new();
    private readonly HashSet<object> _pathOnly = new();

    /// <summary>The form's operations, parsed as PdfPig's <c>GetFormOperations</c> parses them.</summary>
    public IReadOnlyList<IGraphicsStateOperation> Get(StreamToken form, int pageNumber) =>
        Get(form, pageNumber, skipPathOnly: false)!;

    /// <summary>
    /// As <see cref="Get(StreamToken, int)"/>, but null, without parsing, when <paramref name="skipPathOnly"/> is set
    /// and the form's content can only draw paths (<see cref="CanOnlyDrawPaths"/>): such a form adds no letter and no
    /// image, only filled-shape boxes. The stream is still decoded, so a corrupt stream fails as before.
    /// </summary>
    public IReadOnlyList<IGraphicsStateOperation>? Get(StreamToken form, int pageNumber, bool skipPathOnly) =>
        Get(form, null, pageNumber, skipPathOnly);

    /// <summary>
    /// As <see cref="Get(StreamToken, int, bool)"/>, remembering the form by <paramref name="reference"/> (the indirect
    /// reference it was read from, if any) so that other pages of the document find it too.
    /// </summary>
    public IReadOnlyList<IGraphicsStateOperation>? Get(StreamToken form, IndirectReference? reference, int pageNumber, bool skipPathOnly)
    {
        object key = reference is { } r ? r : form;
        // Path-only forms are looked up first: one parsed by a full run is still skipped by a later skipping run.
        if (skipPathOnly && _pathOnly.Contains(key)) return null;
        if (_small.TryGetValue(key, out var cached)) return cached;
        var bytes = form.Decode(filters, scanner);
        if (CanOnlyDrawPaths(bytes.Span))
        {
            _pathOnly.Add(key);
            if (skipPathOnly) return null;
        }
        var operations = parser.Parse(pageNumber, new MemoryInputBytes(bytes), options.Logger);
        if (operations.Count <= MaxCachedOperations && _cachedOperations + operations.Count <= MaxCachedOperationsPerDocument)
        {
            _small[key] = operations;
            _cachedOperations += operations.Count;
        }
        return operations;
    }

    /// <summary>
    /// True when a content stream has no byte that any text, XObject, inline-image or shading operator needs:
    /// no <c>T</c> (BT, ET, Tj, TJ, Tf, Td, Tm, T*…), no <c>'</c> or <c>"</c> (the quote text operators), and
    /// neither <c>Do</c>, <c>BI</c> nor <c>sh</c>. Conservative: a name or a string that happens to hold one of
    /// these only means the form is run as usual.
    /// </summary>
    public static bool CanOnlyDrawPaths(ReadOnlySpan<byte> content) =>
        content.IndexOfAny((byte)'T', (byte)'\'', (byte)'"') < 0
        && content.IndexOf("Do"u8) < 0
        && content.IndexOf("BI"u8) < 0
        && content.IndexOf("sh"u8) < 0;
}
