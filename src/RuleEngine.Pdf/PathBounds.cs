using UglyToad.PdfPig.Core;

namespace RuleEngine.Pdf;

/// <summary>
/// The running bounding box of the path under construction: a handful of doubles instead of PdfPig's
/// subpath and command objects, which is all a text reader needs to know about vector graphics.
/// Follows PdfPig's rules for what extends a path: segments only after <c>m</c> and before <c>h</c> or <c>re</c>.
/// </summary>
internal struct PathBounds
{
    private double _left, _bottom, _right, _top;

    /// <summary>A path has been started (by <c>m</c> or <c>re</c>) and not yet painted or ended.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>A subpath started by <c>m</c> is open, so line and curve segments extend it.</summary>
    public bool HasOpenSubpath { get; private set; }

    /// <summary>Every subpath so far came from <c>re</c>.</summary>
    public bool OnlyRectangles { get; private set; }

    /// <summary>Where the open subpath started (what <c>h</c> returns to).</summary>
    public PdfPoint SubpathStart { get; private set; }

    /// <summary>Starts a subpath at a point (device space) with <c>m</c>.</summary>
    public void MoveTo(PdfPoint start)
    {
        Open(start);
        OnlyRectangles = false;
        HasOpenSubpath = true;
        SubpathStart = start;
    }

    /// <summary>Adds a whole <c>re</c> rectangle given by its four corners (device space).</summary>
    public void AddRectangle(PdfPoint a, PdfPoint b, PdfPoint c, PdfPoint d)
    {
        Open(a);
        Extend(b);
        Extend(c);
        Extend(d);
        HasOpenSubpath = false;
    }

    /// <summary>Extends the open subpath to a point (device space); ignored without one, as PdfPig ignores it.</summary>
    public void LineTo(PdfPoint p)
    {
        if (HasOpenSubpath) Extend(p);
    }

    /// <summary>Closes the open subpath (<c>h</c>): its start point, or null when there is none.</summary>
    public PdfPoint? CloseSubpath()
    {
        if (!HasOpenSubpath) return null;
        HasOpenSubpath = false;
        return SubpathStart;
    }

    /// <summary>The box of the path so far.</summary>
    public readonly PdfRectangle Box => new(_left, _bottom, _right, _top);

    /// <summary>Forgets the path (after it is painted, or ended with <c>n</c>).</summary>
    public void Reset() => this = default;

    private void Open(PdfPoint p)
    {
        if (IsOpen)
        {
            Extend(p);
            return;
        }
        IsOpen = true;
        OnlyRectangles = true;
        _left = _right = p.X;
        _bottom = _top = p.Y;
    }

    private void Extend(PdfPoint p)
    {
        if (p.X < _left) _left = p.X;
        if (p.X > _right) _right = p.X;
        if (p.Y < _bottom) _bottom = p.Y;
        if (p.Y > _top) _top = p.Y;
    }
}
