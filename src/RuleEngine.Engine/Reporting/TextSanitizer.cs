using System.Text;
using System.Text.RegularExpressions;

namespace RuleEngine.Engine.Reporting;

/// <summary>
/// The one sanitiser for text bound for a console, Markdown, HTML or SARIF: removes terminal escape
/// sequences (CSI, OSC, other ESC sequences), C0/C1 control characters (keeping tab and line breaks) and
/// bidirectional overrides, so a paper or a model cannot recolour a terminal, rewrite a line or hide text.
/// </summary>
public static partial class TextSanitizer
{
    public static string Clean(string text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsCleaning(text)) return text;
        var withoutEscapes = EscapeSequence().Replace(text, "");
        var sb = new StringBuilder(withoutEscapes.Length);
        foreach (var c in withoutEscapes)
            if (!IsUnsafe(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The report with every quote, rationale, flag and diagnostic message cleaned (the same instance when nothing needed it).</summary>
    public static PaperReport Clean(PaperReport report) => !NeedsCleaning(report) ? report : report with
    {
        Variables = [.. report.Variables.Select(v => v with
        {
            Rationale = Clean(v.Rationale),
            Flag = v.Flag is null ? null : Clean(v.Flag),
            Evidence = [.. v.Evidence.Select(e => e with { Quote = Clean(e.Quote) })],
        })],
        Diagnostics = [.. report.Diagnostics.Select(d => d with { Message = Clean(d.Message) })],
        Paper = report.Paper with { Title = report.Paper.Title is null ? null : Clean(report.Paper.Title) },
    };

    private static bool NeedsCleaning(PaperReport report) =>
        NeedsCleaning(report.Paper.Title ?? "")
        || report.Diagnostics.Any(d => NeedsCleaning(d.Message))
        || report.Variables.Any(v => NeedsCleaning(v.Rationale) || NeedsCleaning(v.Flag ?? "") || v.Evidence.Any(e => NeedsCleaning(e.Quote)));

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return false;
    }

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || (c >= 0x7F && c <= 0x9F) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)?|[P^_X][^\x1B]*(?:\x1B\\)?|[@-Z\\-_])|\x9B[0-?]*[ -/]*[@-~]", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeSequence();
}
