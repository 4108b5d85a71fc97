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

    /// <summary>The form's operations, parsed as PdfPig's <c>GetFormOperations</c> parses them.</summary>
    public IReadOnlyList<IGraphicsStateOperation> Get(StreamToken form, int pageNumber)
    {
        if (_small.TryGetValue(form, out var cached)) return cached;
        var operations = parser.Parse(pageNumber, new MemoryInputBytes(form.Decode(filters, scanner)), options.Logger);
        if (operations.Count <= MaxCachedOperations) _small[form] = operations;
        return operations;
    }
}
