namespace RuleEngine.Pdf;

/// <summary>The white strip between the two columns of a page, in frame x coordinates.</summary>
/// <param name="Left">Right edge of the left column's text.</param>
/// <param name="Right">Left edge of the right column's text.</param>
/// <param name="TextLeft">Left edge of the page's text.</param>
/// <param name="TextRight">Right edge of the page's text.</param>
internal readonly record struct Gutter(double Left, double Right, double TextLeft, double TextRight)
{
    public double Middle => (Left + Right) / 2;
    public double RightColumnWidth => Math.Max(1, TextRight - Right);
    public double LeftColumnWidth => Math.Max(1, Left - TextLeft);
}
