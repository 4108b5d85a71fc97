using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace RuleEngine.Pdf;

/// <summary>
/// A page as text analysis needs it: the letters (identical to PdfPig's default <see cref="Page"/>, with
/// render mode and fill colour), the page size, the annotations, and only the bounding boxes of images
/// and filled shapes — no vector paths, no image objects, no operation list.
/// </summary>
internal sealed class TextOnlyPage
{
    private readonly AnnotationProvider _annotations;

    public TextOnlyPage(int number, double width, double height, TextOnlyPageContent content, AnnotationProvider annotations)
    {
        Number = number;
        Width = width;
        Height = height;
        Letters = content.Letters;
        ImageBoxes = content.ImageBoxes;
        FilledShapes = content.FilledShapes;
        _annotations = annotations;
    }

    /// <summary>Page number, from 1.</summary>
    public int Number { get; }

    /// <summary>Visible width in points (crop box, rotation applied), as <see cref="Page.Width"/>.</summary>
    public double Width { get; }

    /// <summary>Visible height in points, as <see cref="Page.Height"/>.</summary>
    public double Height { get; }

    /// <summary>The letters in content-stream order, as <see cref="Page.Letters"/>.</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>Bounding boxes (user space) of the images drawn on the page.</summary>
    public IReadOnlyList<PdfRectangle> ImageBoxes { get; }

    /// <summary>Bounding boxes and colours of the filled paths on the page.</summary>
    public IReadOnlyList<FilledShape> FilledShapes { get; }

    /// <summary>The page's annotations, read lazily, as <see cref="Page.GetAnnotations"/>.</summary>
    public IEnumerable<Annotation> GetAnnotations() => _annotations.GetAnnotations();
}
