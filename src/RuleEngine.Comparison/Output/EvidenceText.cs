using System.Globalization;
using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Output;

/// <summary>One side's evidence as one line of plain text: its quotes with pages, else its rationale; a flag first.</summary>
public static class EvidenceText
{
    public static string Of(VariableVerdict verdict, int maxQuoteChars = 300, int maxQuotes = 2)
    {
        var quotes = verdict.Evidence.Where(e => !string.IsNullOrWhiteSpace(e.Quote)).Take(maxQuotes)
            .Select(e => $"\"{Shorten(OneLine(e.Quote), maxQuoteChars)}\"{(e.Page > 0 ? string.Create(CultureInfo.InvariantCulture, $" (p. {e.Page})") : "")}{(e.Verified == false ? " [not found in paper]" : "")}")
            .ToList();
        var text = quotes.Count > 0 ? string.Join("; ", quotes) : Shorten(OneLine(verdict.Rationale), maxQuoteChars);
        return verdict.Flag is { Length: > 0 } flag ? $"⚠ {flag} — {text}" : text;
    }

    /// <summary>"Yes (0.62)" or just "Yes" when there is no confidence.</summary>
    public static string Verdict(VariableVerdict verdict) =>
        verdict.Confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $"{verdict.Verdict} ({c:0.00})") : verdict.Verdict;

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    public static string OneLine(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Percent(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
