using System.Text;

namespace RuleEngine.Document.Text;

/// <summary>
/// Repairs the characters of one extracted line: ligature glyphs (U+FB00–FB06) expanded, NFKC
/// normalisation, control characters dropped, whitespace collapsed, and the common broken
/// extraction where a ligature glyph comes out as a separate token ("con ﬁ guration", "ﬁ rst").
/// Lines are repaired one at a time, before they are joined into paragraphs, so offsets stay simple.
/// </summary>
public static class LigatureRepair
{
    /// <summary>Character that stands for a glyph whose text was lost (resolved later by <see cref="BrokenGlyphRepair"/>).</summary>
    public const char LostGlyph = '\uFFFD';

    /// <summary>Expansion of a ligature code point, or null when <paramref name="c"/> is not one.</summary>
    public static string? Expand(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' => "st",
        '\uFB06' => "st",
        _ => null,
    };

    /// <summary>The combining mark for a spacing accent (which NFKC would turn into a space plus the mark), or null.</summary>
    private static char? CombiningFor(char c) => c switch
    {
        '\u00A8' => '\u0308', // diaeresis
        '\u00B4' => '\u0301', // acute
        '\u02C6' => '\u0302', // circumflex
        '\u02DC' => '\u0303', // small tilde
        '\u223C' => '~',      // tilde operator: "/∼user" in URLs, left alone elsewhere
        '\u00B8' => '\u0327', // cedilla
        '\u02C7' => '\u030C', // caron
        '\u02D8' => '\u0306', // breve
        '\u02D9' => '\u0307', // dot above
        '\u02DA' => '\u030A', // ring
        '\u00AF' => '\u0304', // macron
        '\u02DD' => '\u030B', // double acute
        _ => null,
    };

    /// <summary>Repairs one line; returns the trimmed, single-spaced, NFKC-normalised text.</summary>
    public static string Repair(string line)
    {
        if (string.IsNullOrEmpty(line)) return "";
        if (IsPlainAscii(line)) return CollapseSpaces(line);

        var sb = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var lig = Expand(c);
            if (lig is null && CombiningFor(c) is { } mark)
            {
                // A spacing accent printed as its own glyph: "Universit¨at", "Montr´eal", "/˜user".
                if (c == '\u223C') sb.Append(i > 0 && line[i - 1] == '/' ? '~' : c);
                else if (c == '\u02DC' && (i == 0 || line[i - 1] is '/' or ':' or ' ' || i + 1 >= line.Length || !char.IsLetter(line[i + 1])))
                    sb.Append('~');
                else if (i + 1 < line.Length && char.IsLetter(line[i + 1])) { sb.Append(line[i + 1]).Append(mark); i++; }
                else if (sb.Length > 0 && char.IsLetter(sb[^1])) sb.Append(mark);
                continue;
            }
            if (lig is null)
            {
                if (c == '\u0000') sb.Append(LostGlyph); // a glyph with no text: usually a ligature
                else if (c == '\t' || c == '\n' || c == '\r') sb.Append(' ');
                else if (char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF') { }
                else if (c == '\u00AD') { if (i == line.Length - 1 || line[(i + 1)..].Trim().Length == 0) sb.Append('-'); }
                else sb.Append(c);
                continue;
            }

            // A standalone ligature token: "con ﬁ guration", "ﬁ rst". Glue it to the letters on its right,
            // and to the fragment on its left when that fragment does not read as a word of its own.
            var spaceAfter = i + 2 < line.Length && line[i + 1] == ' ' && char.IsLower(line[i + 2]);
            var spaceBefore = i >= 2 && line[i - 1] == ' ' && char.IsLetter(line[i - 2]);
            if (spaceBefore && (spaceAfter || i + 1 == line.Length || !char.IsLetter(line[i + 1])) && !EndsWithShortWord(sb))
            {
                if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            }
            sb.Append(lig);
            if (spaceAfter) i++; // skip the spurious space
        }

        var s = sb.ToString();
        if (!s.IsNormalized(NormalizationForm.FormKC)) s = s.Normalize(NormalizationForm.FormKC);
        return CollapseSpaces(s);
    }

    private static readonly HashSet<string> ShortWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "be", "by", "we", "as", "at",
        "it", "its", "no", "so", "our", "are", "can", "all", "any", "two", "new", "this", "that", "with",
        "from", "more", "most", "one", "not", "has", "have", "was", "were", "very", "less",
    };

    /// <summary>Whether the text before a standalone ligature ends with a real short word ("the ﬁrst").</summary>
    private static bool EndsWithShortWord(StringBuilder sb)
    {
        var end = sb.Length;
        while (end > 0 && sb[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(sb[start - 1])) start--;
        if (start == end) return true;
        return ShortWords.Contains(sb.ToString(start, end - start));
    }

    private static bool IsPlainAscii(string s)
    {
        foreach (var c in s)
            if (c < 0x20 || c > 0x7E) return false;
        return true;
    }

    /// <summary>Trims and collapses runs of spaces into one.</summary>
    public static string CollapseSpaces(string s)
    {
        var needs = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c != ' ' && char.IsWhiteSpace(c)) { needs = true; break; }
            if (c == ' ' && (i == 0 || i == s.Length - 1 || s[i + 1] == ' ')) { needs = true; break; }
        }
        if (!needs) return s;
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
