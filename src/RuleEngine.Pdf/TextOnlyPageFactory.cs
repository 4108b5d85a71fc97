using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace RuleEngine.Pdf;

/// <summary>
/// PdfPig page factory (registered with <c>PdfDocument.AddPageFactory</c>) that builds a
/// <see cref="TextOnlyPage"/> instead of PdfPig's <see cref="Page"/>: the same letters, but no vector
/// paths, clipping or image objects. Mirrors PdfPig 0.1.16's internal <c>PageFactory</c>.
/// </summary>
/// <remarks>
/// Only for <see cref="ParsingOptions.ClipPaths"/> = false and <see cref="ParsingOptions.UseActualText"/> =
/// false (what <see cref="PdfLayoutReader"/> uses): with either on, PdfPig's letters depend on clipping paths
/// or marked content, which this factory does not track, so it refuses them rather than differ silently.
/// </remarks>
internal sealed class TextOnlyPageFactory : BasePageFactory<TextOnlyPage>
{
    /// <summary>Parsed small form XObjects, shared by all pages of the document (PdfPig makes one factory per document).</summary>
    private readonly FormOperationsCache _forms;

    public TextOnlyPageFactory(
        IPdfTokenScanner pdfScanner,
        IResourceStore resourceStore,
        ILookupFilterProvider filterProvider,
        IPageContentParser pageContentParser,
        ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
    {
        if (parsingOptions.ClipPaths) throw new NotSupportedException("the text-only page factory does not clip letters (ParsingOptions.ClipPaths must be false)");
        if (parsingOptions.UseActualText) throw new NotSupportedException("the text-only page factory does not read /ActualText (ParsingOptions.UseActualText must be false)");
        _forms = new FormOperationsCache(pageContentParser, filterProvider, pdfScanner, parsingOptions);
    }

    protected override TextOnlyPage ProcessPage(int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var annotations = new AnnotationProvider(PdfScanner, dictionary, initialMatrix, namedDestinations, ParsingOptions.Logger);
        // As Page's constructor: the crop box has already been clipped to the media box.
        var visible = cropBox.GetVisibleBounds(rotation);

        var content = TextOnlyPageContent.Empty;
        if (operations is { Count: > 0 })
        {
            // Form XObjects that can only draw paths (plots, diagrams) are not run: they add no letter, only
            // filled shapes, which matter only under invisible or white letters. A page with such letters is run
            // again in full, so its letters, images and shapes are exactly what running every form gives.
            TextOnlyStreamProcessor Processor(bool skipPathOnlyForms) => new(pageNumber, ResourceStore, PdfScanner, PageContentParser,
                FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, _forms, skipPathOnlyForms);
            var processor = Processor(skipPathOnlyForms: true);
            content = processor.Process(pageNumber, operations);
            if (processor.SkippedForms && HiddenGlyphClassifier.MayLookUnder(content.Letters))
                content = Processor(skipPathOnlyForms: false).Process(pageNumber, operations);
        }
        return new TextOnlyPage(pageNumber, visible.Width, visible.Height, content, annotations);
    }
}
