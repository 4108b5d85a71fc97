using System.Globalization;
using System.Net;
using System.Text;

namespace RuleEngine.Reports.Html;

/// <summary>
/// Text placed in the HTML pages: control characters (C0 and C1, DEL) and bidirectional overrides are
/// removed — a quote from a PDF cannot reorder or hide what is shown next to it — line breaks and tabs
/// become spaces, and everything is HTML-escaped (also <c>"</c> and <c>'</c>, so it is safe in attributes).
/// </summary>
public static class HtmlText
{
    /// <summary>The text with control characters and bidi controls removed and whitespace runs collapsed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (char.IsControl(c) || IsBidiControl(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Cleaned and escaped for element content or a quoted attribute value.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(Clean(text));

    /// <summary>A number with invariant formatting.</summary>
    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A CSS class fragment for a verdict: letters and digits, lower case ("Yes" → "yes").</summary>
    public static string Slug(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in Clean(text))
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        return sb.ToString().Trim('-');
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
