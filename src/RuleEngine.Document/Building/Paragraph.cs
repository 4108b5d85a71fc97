namespace RuleEngine.Document.Building;

/// <summary>A run of lines joined into one paragraph: its lines and, once composed, its span in the text.</summary>
internal sealed class Paragraph(int index, int page, int firstLine)
{
    public int Index { get; } = index;
    public int Page { get; } = page;
    public int FirstLine { get; } = firstLine;
    public int LastLine { get; set; } = firstLine;
    public int LineCount => LastLine - FirstLine + 1;
    public int Start { get; set; }
    public int End { get; set; }
}
