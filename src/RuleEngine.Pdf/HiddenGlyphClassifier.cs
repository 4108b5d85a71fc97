using RuleEngine.Document.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace RuleEngine.Pdf;

/// <summary>
/// Tells the letters a reader of the printed page cannot see: render mode 3/7 text that is not an OCR layer
/// over an image, white text with nothing filled beneath it, and text under 1 pt. Paper text is data; text
/// nobody can see must not reach a detector or an LLM prompt (issue #12). Works in user space, on the image
/// boxes and filled shapes the text-only page already records.
/// </summary>
internal sealed class HiddenGlyphClassifier
{
    /// <summary>A colour whose every RGB component is at least this is treated as white (invisible on paper).</summary>
    public const double NearWhite = 0.95;

    /// <summary>Text smaller than this (points) cannot be read.</summary>
    public const double MinReadableSize = 1.0;

    private readonly IReadOnlyList<PdfRectangle> _images;
    private readonly IReadOnlyList<FilledShape> _shapes;
    private readonly Dictionary<IColor, bool> _whiteCache = new(ReferenceEqualityComparer.Instance);

    public HiddenGlyphClassifier(IReadOnlyList<PdfRectangle> imageBoxes, IReadOnlyList<FilledShape> filledShapes)
    {
        _images = imageBoxes;
        _shapes = filledShapes;
    }

    /// <summary>Why <paramref name="letter"/> is hidden, or null when a reader can see it. Off-page text is the caller's test (it needs the page frame).</summary>
    public HiddenTextReason? Classify(Letter letter)
    {
        var centre = Centre(letter);
        var mode = letter.RenderingMode;
        if (mode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
            return IsOverImage(centre) ? null : HiddenTextReason.Invisible;

        if (IsTiny(letter)) return HiddenTextReason.Tiny;

        var paint = mode is TextRenderingMode.Stroke or TextRenderingMode.StrokeClip ? letter.StrokeColor : letter.FillColor;
        if (IsWhite(paint) && !IsOverImage(centre) && !IsOverNonWhiteShape(centre)) return HiddenTextReason.WhiteOnNothing;
        return null;
    }

    /// <summary>
    /// True when <see cref="Classify"/> may look at the images or filled shapes under some of
    /// <paramref name="letters"/>: one is drawn in render mode 3/7 or painted near white. (A superset: tiny and
    /// off-page letters are never looked under.)
    /// </summary>
    public static bool MayLookUnder(IReadOnlyList<Letter> letters)
    {
        IColor? lastColor = null;
        var lastWhite = false;
        foreach (var letter in letters)
        {
            var mode = letter.RenderingMode;
            if (mode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip) return true;
            var paint = mode is TextRenderingMode.Stroke or TextRenderingMode.StrokeClip ? letter.StrokeColor : letter.FillColor;
            if (paint is null) continue;
            if (!ReferenceEquals(paint, lastColor))
            {
                lastColor = paint;
                lastWhite = IsNearWhite(paint);
            }
            if (lastWhite) return true;
        }
        return false;
    }

    /// <summary>
    /// Under 1 pt by every measure PdfPig gives: its point size, its drawn box and its ascent-to-descent box.
    /// (A full stop at 10 pt has a drawn box under 1 pt high, and some fonts report no point size.)
    /// </summary>
    private static bool IsTiny(Letter letter)
    {
        if (letter.PointSize >= MinReadableSize) return false;
        return Extent(letter.BoundingBox) < MinReadableSize && Extent(letter.GlyphRectangleLoose) < MinReadableSize;
    }

    /// <summary>The larger side of a box: rotated text is as readable as upright text.</summary>
    private static double Extent(PdfRectangle box) => Math.Max(Math.Abs(box.Width), Math.Abs(box.Height));

    private static PdfPoint Centre(Letter letter)
    {
        var box = letter.BoundingBox;
        if (box.Width > double.Epsilon || box.Height > double.Epsilon) return box.Centroid;
        return letter.StartBaseLine;
    }

    private bool IsOverImage(PdfPoint p)
    {
        foreach (var image in _images)
        {
            if (Contains(image, p)) return true;
        }
        return false;
    }

    private bool IsOverNonWhiteShape(PdfPoint p)
    {
        foreach (var shape in _shapes)
        {
            if (Contains(shape.Bounds, p) && (shape.IsShading || !IsWhite(shape.FillColor))) return true;
        }
        return false;
    }

    private static bool Contains(PdfRectangle box, PdfPoint p)
    {
        var (left, right) = box.Left <= box.Right ? (box.Left, box.Right) : (box.Right, box.Left);
        var (bottom, top) = box.Bottom <= box.Top ? (box.Bottom, box.Top) : (box.Top, box.Bottom);
        return p.X >= left && p.X <= right && p.Y >= bottom && p.Y <= top;
    }

    private bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        if (_whiteCache.TryGetValue(color, out var white)) return white;
        white = IsNearWhite(color);
        _whiteCache[color] = white;
        return white;
    }

    /// <summary>Every RGB component at least <see cref="NearWhite"/>; patterns and colours PdfPig cannot convert count as not white.</summary>
    private static bool IsNearWhite(IColor color)
    {
        if (color is PatternColor) return false;
        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r >= NearWhite && g >= NearWhite && b >= NearWhite;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NotImplementedException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }
}
