namespace RuleEngine.Pdf;

/// <summary>
/// One drawn character in the page's reading frame: x grows along the text direction, y is measured
/// from the top of the page (the baseline), so every later step can treat text as horizontal.
/// </summary>
/// <param name="Text">The character(s), already cleaned of control characters.</param>
/// <param name="X0">Start of the glyph's advance along the baseline.</param>
/// <param name="X1">End of the glyph's advance along the baseline.</param>
/// <param name="Baseline">Baseline, from the top of the page.</param>
/// <param name="Size">Font size in points (never below 1).</param>
/// <param name="Bold">The glyph's font is a bold face.</param>
/// <param name="IsSpace">The glyph is a drawn space: it separates words and is not kept.</param>
internal readonly record struct Glyph(string Text, double X0, double X1, double Baseline, double Size, bool Bold, bool IsSpace);
