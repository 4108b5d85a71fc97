using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace RuleEngine.Pdf;

/// <summary>
/// The parsed operations of a page's form XObjects, kept only for small forms. PdfPig keeps every form's
/// operations until the page is done; a figure made of eighteen forms of 200,000 line segments each then
/// holds some 150 MB. Small forms (logos, plot markers) are often drawn many times, so they stay cached;
/// a large form is parsed again on the rare page that draws it twice.
/// </summary>
internal sealed class FormOperationsCache(IPageContentParser parser, ILookupFilterProvider filters, IPdfTokenScanner scanner, ParsingOptions options)
{
    /// <summary>Forms with at most this many operations are kept (about 0.4 MB of operations).</summary>
    public const int MaxCachedOperations = 10_000;

    private readonly Dictionary<StreamToken, IReadOnlyList<IGraphicsStateOperation>> _small = new();
    private readonly HashSet<StreamToken> _pathOnly = new();

    /// <summary>The form's operations, parsed as PdfPig's <c>GetFormOperations</c> parses them.</summary>
    public IReadOnlyList<IGraphicsStateOperation> Get(StreamToken form, int pageNumber) =>
        Get(form, pageNumber, skipPathOnly: false)!;

    /// <summary>
    /// As <see cref="Get(StreamToken, int)"/>, but null, without parsing, when <paramref name="skipPathOnly"/> is set
    /// and the form's content can only draw paths (<see cref="CanOnlyDrawPaths"/>): such a form adds no letter and no
    /// image, only filled-shape boxes. The stream is still decoded, so a corrupt stream fails as before.
    /// </summary>
    public IReadOnlyList<IGraphicsStateOperation>? Get(StreamToken form, int pageNumber, bool skipPathOnly)
    {
        if (_small.TryGetValue(form, out var cached)) return cached;
        if (skipPathOnly && _pathOnly.Contains(form)) return null;
        var bytes = form.Decode(filters, scanner);
        if (skipPathOnly && CanOnlyDrawPaths(bytes.Span))
        {
            _pathOnly.Add(form);
            return null;
        }
        var operations = parser.Parse(pageNumber, new MemoryInputBytes(bytes), options.Logger);
        if (operations.Count <= MaxCachedOperations) _small[form] = operations;
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
