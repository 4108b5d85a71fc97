namespace RuleEngine.Sdk.Documents;

/// <summary>
/// One printed line in reading order, as laid out on the page (before lines are joined into
/// paragraphs). Layout-sensitive rules (numbered algorithm lines, table rows, title block) use these.
/// </summary>
/// <param name="Text">The line's text (ligatures repaired, not de-hyphenated).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Start">Offset in <see cref="PaperDocument.Text"/> where the line's text begins.</param>
/// <param name="X">Left edge in points.</param>
/// <param name="Y">Baseline in points from the page top.</param>
/// <param name="FontSize">Dominant font size in points.</param>
/// <param name="IsBold">Whether the dominant font is bold.</param>
/// <param name="Column">0 for a full-width line, 1 and 2 for the left and right column.</param>
public sealed record DocumentLine(string Text, int Page, int Start, double X = 0, double Y = 0, double FontSize = 0, bool IsBold = false, int Column = 0);
