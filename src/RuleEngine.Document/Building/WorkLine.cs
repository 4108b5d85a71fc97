using RuleEngine.Document.Structure;

namespace RuleEngine.Document.Building;

/// <summary>
/// A printed line while the document is being built: its repaired text, geometry, and what the
/// structure passes found about it (heading, caption, paragraph, offset in the text).
/// </summary>
internal sealed class WorkLine
{
    public WorkLine(int index, int page, string text, double x, double y, double width, double fontSize, bool isBold, int column)
    {
        Index = index;
        Page = page;
        Text = text;
        X = x;
        Y = y;
        Width = width;
        FontSize = fontSize;
        IsBold = isBold;
        Column = column;
    }

    /// <summary>Position among all lines of the document (reading order).</summary>
    public int Index { get; }

    /// <summary>1-based page number.</summary>
    public int Page { get; }

    /// <summary>Repaired text (ligatures, NFKC, whitespace); not de-hyphenated.</summary>
    public string Text { get; set; }

    public double X { get; }
    public double Y { get; }
    public double Width { get; }
    public double FontSize { get; }
    public bool IsBold { get; }
    public int Column { get; }

    /// <summary>A blank line came before this one (plain-text fixtures), or it is the first line of its page.</summary>
    public bool BreakBefore { get; set; }

    /// <summary>Set when the line is (the start of) a section heading.</summary>
    public HeadingMatch? Heading { get; set; }

    /// <summary>Set when the line continues the heading on the line before it (a wrapped heading).</summary>
    public bool ContinuesHeading { get; set; }

    /// <summary>Set when the line starts a float caption.</summary>
    public CaptionMatch? Caption { get; set; }

    /// <summary>Index of the paragraph holding the line.</summary>
    public int Paragraph { get; set; } = -1;

    /// <summary>Offset of the line's text in the document text.</summary>
    public int Start { get; set; } = -1;

    public override string ToString() => $"p{Page} {Text}";
}
