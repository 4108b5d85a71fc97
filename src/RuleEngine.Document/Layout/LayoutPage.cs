namespace RuleEngine.Document.Layout;

/// <summary>
/// One page as the layout stage hands it over: lines already in reading order (column by column),
/// running headers and footers already removed, plus the page's link annotations.
/// </summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">Page width in points.</param>
/// <param name="Height">Page height in points.</param>
/// <param name="Lines">Lines in reading order.</param>
/// <param name="Links">Link annotations with a URI target.</param>
public sealed record LayoutPage(int Number, double Width, double Height, IReadOnlyList<LayoutLine> Lines, IReadOnlyList<LayoutLink> Links)
{
    /// <summary>A page with lines only (tests, text fixtures).</summary>
    public static LayoutPage FromLines(int number, IEnumerable<string> lines) =>
        new(number, 612, 792, lines.Select((t, i) => new LayoutLine(t, 72, 72 + i * 12, 468, 10, false, 0)).ToList(), []);
}

/// <summary>A printed line: its text (words joined by single spaces) and geometry in points, y from the page top.</summary>
/// <param name="Text">Line text.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Baseline, measured from the top of the page.</param>
/// <param name="Width">Width of the line.</param>
/// <param name="FontSize">Dominant font size.</param>
/// <param name="IsBold">Dominant font is bold.</param>
/// <param name="Column">0 full width, 1 left column, 2 right column.</param>
public sealed record LayoutLine(string Text, double X, double Y, double Width, double FontSize, bool IsBold, int Column);

/// <summary>A link annotation: target URI and the text under its rectangle (may be empty).</summary>
public sealed record LayoutLink(string Uri, string AnchorText);
