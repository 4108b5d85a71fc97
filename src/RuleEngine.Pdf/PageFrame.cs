using UglyToad.PdfPig.Core;

namespace RuleEngine.Pdf;

/// <summary>
/// The direction in which a page's main text runs, and the mapping from PDF user space (y up) into the
/// reading frame (x along the text, y down from the page top). Pages whose body text is rotated
/// (landscape tables) are turned upright; text in any other direction (arXiv side stamps) is dropped.
/// </summary>
internal sealed class PageFrame
{
    /// <summary>Text direction: 0 left-to-right, 1 bottom-to-top, 2 right-to-left (upside down), 3 top-to-bottom.</summary>
    public int Direction { get; }

    public double Width { get; }
    public double Height { get; }

    private readonly double _offsetX;
    private readonly double _offsetY;

    public PageFrame(int direction, double pageWidth, double pageHeight)
    {
        Direction = direction;
        // Rotate the page box, then shift it so the frame starts at (0, 0).
        var a = Rotate(0, 0);
        var b = Rotate(pageWidth, pageHeight);
        _offsetX = Math.Min(a.X, b.X);
        var maxY = Math.Max(a.Y, b.Y);
        _offsetY = maxY;
        Width = Math.Abs(b.X - a.X);
        Height = Math.Abs(b.Y - a.Y);
    }

    /// <summary>Direction of a baseline vector (quadrant of its angle); -1 when it has no length.</summary>
    public static int DirectionOf(PdfPoint start, PdfPoint end)
    {
        var dx = end.X - start.X;
        var dy = end.Y - start.Y;
        if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6) return -1;
        if (Math.Abs(dx) >= Math.Abs(dy)) return dx > 0 ? 0 : 2;
        return dy > 0 ? 1 : 3;
    }

    /// <summary>Frame x of a point (along the text).</summary>
    public double X(PdfPoint p) => Rotate(p.X, p.Y).X - _offsetX;

    /// <summary>Frame y of a point, from the top of the page.</summary>
    public double Y(PdfPoint p) => _offsetY - Rotate(p.X, p.Y).Y;

    /// <summary>The frame box (left, top, right, bottom; top &lt; bottom) of a user-space rectangle.</summary>
    public (double Left, double Top, double Right, double Bottom) Box(PdfRectangle r)
    {
        double x1 = X(r.BottomLeft), x2 = X(r.TopRight), y1 = Y(r.BottomLeft), y2 = Y(r.TopRight);
        return (Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }

    private (double X, double Y) Rotate(double x, double y) => Direction switch
    {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    };
}
