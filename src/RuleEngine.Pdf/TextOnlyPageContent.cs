using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace RuleEngine.Pdf;

/// <summary>What <see cref="TextOnlyStreamProcessor"/> collects from a page's content stream.</summary>
/// <param name="Letters">PdfPig letters exactly as its default page would hold them (render mode and colours included).</param>
/// <param name="ImageBoxes">Bounding box (user space, normalised: bottom-left to top-right) of every image drawn, XObject or inline.</param>
/// <param name="FilledShapes">Bounding box and colour of every filled path.</param>
internal sealed record TextOnlyPageContent(IReadOnlyList<Letter> Letters, IReadOnlyList<PdfRectangle> ImageBoxes, IReadOnlyList<FilledShape> FilledShapes)
{
    public static readonly TextOnlyPageContent Empty = new([], [], []);
}
