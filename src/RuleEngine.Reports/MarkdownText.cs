using System.Text;

namespace RuleEngine.Reports;

/// <summary>Escaping for text placed in GitHub-flavoured Markdown (table cells, headings, list items).</summary>
internal static class MarkdownText
{
    /// <summary>
    /// One line of inline text: runs of whitespace (including line breaks) collapse to one space — quotes
    /// stay verbatim in the spec's sense ("whitespace may be collapsed") — and a pipe becomes <c>\|</c>
    /// so it cannot end a table cell. Other characters are left alone, so quotes and URLs read as printed.
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            if (c == '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><see cref="Inline"/> wrapped in <c>*…*</c>, with asterisks inside escaped.</summary>
    public static string Italic(string? text)
    {
        var inline = Inline(text);
        return inline.Length == 0 ? "" : "*" + inline.Replace("*", "\\*", StringComparison.Ordinal) + "*";
    }
}
