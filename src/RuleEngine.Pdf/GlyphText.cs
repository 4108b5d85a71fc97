using System.Text;

namespace RuleEngine.Pdf;

/// <summary>
/// Character-level cleanup of what a glyph decodes to: control characters are dropped, white space is
/// recognised, and TeX's separately drawn accents are combined with the letter they sit on.
/// </summary>
internal static class GlyphText
{
    /// <summary>The glyph's text without control characters (null, C0/C1 controls, BOM, non-characters); may become empty.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var dirty = false;
        foreach (var c in value)
        {
            if (IsDropped(c)) { dirty = true; break; }
        }
        if (!dirty) return value;
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsDropped(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when the text is only white space (a drawn space, tab, no-break space...).</summary>
    public static bool IsWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    /// <summary>The combining mark for a spacing accent drawn as its own glyph (´ ` ¨ ˆ ˜ ¸ ˇ ˘ ˙ ˚ ˝ ¯ ˛), or '\0'.</summary>
    public static char CombiningMarkOf(string text)
    {
        if (text.Length != 1) return '\0';
        var c = text[0];
        if (c is >= '\u0300' and <= '\u036F') return c;
        return c switch
        {
            '\u00B4' => '\u0301',
            '\u0060' => '\u0300',
            '\u00A8' => '\u0308',
            '\u02C6' => '\u0302',
            '\u02DC' => '\u0303',
            '\u00B8' => '\u0327',
            '\u02C7' => '\u030C',
            '\u02D8' => '\u0306',
            '\u02D9' => '\u0307',
            '\u02DA' => '\u030A',
            '\u02DD' => '\u030B',
            '\u00AF' => '\u0304',
            '\u02DB' => '\u0328',
            _ => '\0',
        };
    }

    /// <summary>A letter with an accent mark, precomposed where Unicode has the character.</summary>
    public static string Compose(string letter, char combiningMark)
    {
        var s = letter + combiningMark;
        try
        {
            return s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    private static bool IsDropped(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' || c is '\uFEFF' or '\uFFFE' or '\uFFFF';
}
