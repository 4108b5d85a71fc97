namespace RuleEngine.Sdk.Pieces;

/// <summary>Word-level helpers over a sentence text, for distance limits counted in words rather than characters.</summary>
public static class Words
{
    /// <summary>Whether a character continues a word (letters, digits, hyphens inside words, apostrophes).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '_';

    /// <summary>The words between two offsets.</summary>
    public static IReadOnlyList<string> Between(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var words = new List<string>();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < end && IsWordChar(text[i])) i++;
            words.Add(text[s..i]);
        }
        return words;
    }

    /// <summary>
    /// Whether a sentence speaks in the authors' own voice ("we", "our", "us"): what separates "we split the
    /// data 80/20" from a description of someone else's setup in an introduction or related work.
    /// </summary>
    public static bool IsFirstPerson(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var w = text.AsSpan(s, i - s);
            if (w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase)
                || w.Equals("us", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The first word at or after an offset, or "".</summary>
    public static string After(string text, int offset)
    {
        var i = Math.Clamp(offset, 0, text.Length);
        while (i < text.Length && !IsWordChar(text[i])) i++;
        var s = i;
        while (i < text.Length && IsWordChar(text[i])) i++;
        return text[s..i];
    }

    /// <summary>The last word ending at or before an offset, or "".</summary>
    public static string Before(string text, int offset)
    {
        var i = Math.Clamp(offset, 0, text.Length);
        while (i > 0 && !IsWordChar(text[i - 1])) i--;
        var e = i;
        while (i > 0 && IsWordChar(text[i - 1])) i--;
        return text[i..e];
    }
}
