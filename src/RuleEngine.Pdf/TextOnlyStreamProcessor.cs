using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace RuleEngine.Pdf;

/// <summary>
/// Runs a page's content stream keeping only what text analysis needs. Letters are made exactly as
/// PdfPig 0.1.16's <c>ContentStreamProcessor.RenderGlyph</c> makes them (with ClipPaths and UseActualText
/// off), including its merging of combining diacritics into the previous letter; text state, fonts,
/// form XObjects and the graphics-state stack are PdfPig's own (<see cref="BaseStreamProcessor{T}"/>).
/// Path construction only grows a bounding box (<see cref="PathBounds"/>), filled paths and images leave
/// their boxes (as do shadings, over the last clipping box), and clipping and marked content are otherwise
/// ignored: none of them changes a letter.
/// </summary>
internal sealed class TextOnlyStreamProcessor : BaseStreamProcessor<TextOnlyPageContent>
{
    private readonly List<Letter> _letters = [];
    private readonly List<PdfRectangle> _imageBoxes = [];
    private readonly List<FilledShape> _filledShapes = [];
    private readonly FormOperationsCache _forms;
    private readonly bool _skipPathOnlyForms;
    private PathBounds _path;
    private PdfRectangle? _shadingArea;

    private static readonly PdfRectangle WholePage = new(-1e6, -1e6, 1e6, 1e6);

    public TextOnlyStreamProcessor(int pageNumber,
        IResourceStore resourceStore,
        IPdfTokenScanner pdfScanner,
        IPageContentParser pageContentParser,
        ILookupFilterProvider filterProvider,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        ParsingOptions parsingOptions,
        FormOperationsCache forms,
        bool skipPathOnlyForms = false)
        : base(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        _forms = forms;
        _skipPathOnlyForms = skipPathOnlyForms;
    }

    /// <summary>
    /// A form XObject that can only draw paths was not run (only with <c>skipPathOnlyForms</c>). Its letters and
    /// images are none, but its filled shapes (and the path and clipping state it may leave behind) are missing:
    /// the page must be processed again without skipping if any of its letters needs to know what lies under it.
    /// </summary>
    public bool SkippedForms { get; private set; }

    public override TextOnlyPageContent Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return new TextOnlyPageContent(_letters, _imageBoxes, _filledShapes);
    }

    public override void RenderGlyph(IFont font,
        CurrentGraphicsState currentState,
        double fontSize,
        double pointSize,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        // Kept line for line with PdfPig 0.1.16 ContentStreamProcessor.RenderGlyph (the clipping test and
        // /ActualText replacement are left out: the factory only runs with both switched off).
        var transformedGlyphBounds = PerformantRectangleTransformer
            .Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);

        Letter? letter = null;
        if (Diacritics.IsInCombiningDiacriticRange(unicode) && currentOffset > 0 && _letters.Count > 0)
        {
            var attachTo = _letters[^1];
            if (attachTo.TextSequence == TextSequence
                && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, attachTo.Value, out var newLetter))
            {
                _letters.RemoveAt(_letters.Count - 1);
                letter = new Letter(
                    newLetter,
                    attachTo.BoundingBox,
                    attachTo.GlyphRectangleLoose,
                    attachTo.StartBaseLine,
                    attachTo.EndBaseLine,
                    attachTo.Width,
                    attachTo.FontSize,
                    attachTo.GetFont()!,
                    attachTo.RenderingMode,
                    attachTo.StrokeColor,
                    attachTo.FillColor,
                    attachTo.PointSize,
                    attachTo.TextSequence);
            }
        }

        // The box is valid if it has a width or a height (a space may have no height).
        var isBboxValid = transformedGlyphBounds.Width > double.Epsilon || transformedGlyphBounds.Height > double.Epsilon;

        if (letter is null)
        {
            var transformedPdfBounds = PerformantRectangleTransformer
                .Transform(renderingMatrix, textMatrix, transformationMatrix,
                    new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
            var looseBox = PerformantRectangleTransformer
                .Transform(renderingMatrix, textMatrix, transformationMatrix,
                    new PdfRectangle(0, font.GetDescent(), characterBoundingBox.Width, font.GetAscent()));

            letter = new Letter(
                unicode,
                isBboxValid ? transformedGlyphBounds : transformedPdfBounds,
                looseBox,
                transformedPdfBounds.BottomLeft,
                transformedPdfBounds.BottomRight,
                transformedPdfBounds.Width,
                fontSize,
                font,
                currentState.FontState.TextRenderingMode,
                currentState.CurrentStrokingColor!,
                currentState.CurrentNonStrokingColor!,
                pointSize,
                TextSequence);
        }

        _letters.Add(letter);
    }

    /// <summary>
    /// PdfPig 0.1.16's <c>ProcessFormXObject</c> step for step (the same state changes, the same errors), except
    /// that the form's operations come from <see cref="FormOperationsCache"/>, which forgets large forms.
    /// </summary>
    protected override void ProcessFormXObject(StreamToken formStream, NameToken xObjectName)
    {
        // The reference ApplyXObject read formStream through: looked up before the form's own resources are loaded,
        // which may use the same name for something else.
        IndirectReference? reference = ResourceStore.TryGetXObjectReference(xObjectName, out var r) ? r : null;
        var resourcesLoaded = false;
        if (formStream.StreamDictionary.TryGet<DictionaryToken>(NameToken.Resources, PdfScanner, out var formResources))
        {
            ResourceStore.LoadResourceDictionary(formResources);
            resourcesLoaded = true;
        }

        PushState();
        try
        {
            var startState = GetCurrentState();
            if (formStream.StreamDictionary.TryGet(NameToken.Group, PdfScanner, out DictionaryToken? formGroupToken))
            {
                if (!formGroupToken.TryGet<NameToken>(NameToken.S, PdfScanner, out var sToken) || sToken != NameToken.Transparency)
                {
                    throw new InvalidOperationException(
                        $"Invalid Transparency Group XObject, '{NameToken.S}' token is not set or not equal to '{NameToken.Transparency}'.");
                }
                // A transparency group starts from the initial blend mode, soft mask and alpha.
                startState.BlendMode = UglyToad.PdfPig.Graphics.Core.BlendMode.Normal;
                startState.SoftMask = null;
                startState.AlphaConstantNonStroking = 1.0;
                startState.AlphaConstantStroking = 1.0;
            }

            var formMatrix = TransformationMatrix.Identity;
            if (formStream.StreamDictionary.TryGet<ArrayToken>(NameToken.Matrix, PdfScanner, out var formMatrixToken))
                formMatrix = TransformationMatrix.FromArray(formMatrixToken.Data.OfType<NumericToken>().Select(x => x.Double).ToArray());
            ModifyCurrentTransformationMatrix(formMatrix);

            var parsed = _forms.Get(formStream, reference, PageNumber, _skipPathOnlyForms);

            // PdfPig clips to the form's BBox here; no letter depends on clipping, but a bad BBox is still an error.
            if (formStream.StreamDictionary.TryGet<ArrayToken>(NameToken.Bbox, PdfScanner, out var bboxToken)
                && !bboxToken.TryToRectangle(PdfScanner, out _) && !ParsingOptions.UseLenientParsing)
            {
                throw new PdfDocumentFormatException("Cannot convert FormXObject bbox array to rectangle.");
            }

            if (parsed is null)
            {
                // Paths only: no letter, no image, no nested form (see FormOperationsCache.CanOnlyDrawPaths).
                SkippedForms = true;
                return;
            }
            var operations = parsed;

            if (HasFormXObjectCircularReference(formStream, xObjectName, operations))
            {
                if (!ParsingOptions.UseLenientParsing)
                    throw new PdfDocumentFormatException($"An XObject form named '{xObjectName}' is referencing itself which can cause unexpected behaviour.");
                operations = operations.Where(o => o is not InvokeNamedXObject xo || xo.Name != xObjectName).ToArray();
                ParsingOptions.Logger.Warn($"An XObject form named '{xObjectName}' is referencing itself which can cause unexpected behaviour. The self reference was removed from the operations before further processing.");
            }

            ProcessOperations(operations);
        }
        finally
        {
            PopState();
            if (resourcesLoaded) ResourceStore.UnloadResourceDictionary();
        }
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) =>
        // As XObjectFactory.ReadImage: the image fills the unit square of its transformation.
        _imageBoxes.Add(xObjectContentRecord.AppliedTransformation.Transform(new PdfRectangle(new PdfPoint(0, 0), new PdfPoint(1, 1))).Normalise());

    protected override void RenderInlineImage(InlineImage inlineImage) => _imageBoxes.Add(inlineImage.BoundingBox.Normalise());

    public override void MoveTo(double x, double y)
    {
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        _path.MoveTo(point);
    }

    public override void LineTo(double x, double y)
    {
        if (!_path.HasOpenSubpath) return;
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        _path.LineTo(end);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (!_path.HasOpenSubpath) return;
        var matrix = CurrentTransformationMatrix;
        var end = matrix.Transform(new PdfPoint(x3, y3));
        _path.LineTo(matrix.Transform(new PdfPoint(x2, y2)));
        _path.LineTo(end);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (!_path.HasOpenSubpath) return;
        var matrix = CurrentTransformationMatrix;
        var end = matrix.Transform(new PdfPoint(x3, y3));
        _path.LineTo(matrix.Transform(new PdfPoint(x1, y1)));
        _path.LineTo(matrix.Transform(new PdfPoint(x2, y2)));
        _path.LineTo(end);
        CurrentPosition = end;
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        var matrix = CurrentTransformationMatrix;
        _path.AddRectangle(matrix.Transform(new PdfPoint(x, y)), matrix.Transform(new PdfPoint(x + width, y)),
            matrix.Transform(new PdfPoint(x + width, y + height)), matrix.Transform(new PdfPoint(x, y + height)));
    }

    public override void BeginSubpath()
    {
        // Only PdfPig's own path code calls this; here subpaths start in MoveTo and Rectangle.
    }

    public override PdfPoint? CloseSubpath() => _path.CloseSubpath();

    public override void FillPath(FillingRule fillingRule, bool close) => Fill();

    public override void FillStrokePath(FillingRule fillingRule, bool close) => Fill();

    public override void StrokePath(bool close) => _path.Reset();

    public override void EndPath() => _path.Reset();

    public override void ClosePath() => _path.Reset();

    private void Fill()
    {
        if (_path.IsOpen)
            _filledShapes.Add(new FilledShape(_path.Box, GetCurrentState().CurrentNonStrokingColor!, _path.OnlyRectangles));
        _path.Reset();
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        // Clipping never removes a letter with ClipPaths off; the path is ended by the n/f that follows. Its box
        // is kept as where a following sh paints (graphics-state restores are not tracked: a later sh may
        // get a stale box, which only makes more white text count as drawn on something).
        if (_path.IsOpen) _shadingArea = _path.Box;
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
        // Form XObject bounding boxes clip; with ClipPaths off no letter depends on it.
    }

    public override void PaintShading(NameToken shadingName) =>
        // A gradient under white text makes the text visible; the area is the last clipping path's box, or the
        // whole page when nothing was clipped.
        _filledShapes.Add(new FilledShape(_shadingArea ?? WholePage, GetCurrentState().CurrentNonStrokingColor!, IsRectangle: false, IsShading: true));

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
        // Marked content only matters for /ActualText, which the factory refuses.
    }

    public override void EndMarkedContent()
    {
    }
}
