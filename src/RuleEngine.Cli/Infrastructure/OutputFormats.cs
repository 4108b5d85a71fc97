using RuleEngine.Reports;
using RuleEngine.Reports.Html;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// The format <c>analyze</c> writes: the one given with <c>--format</c>, or — when none was given and the
/// output is a file — the one its extension names (<c>-o results.csv</c> is CSV, <c>-o results.db</c> a
/// results database). A table is for a console, so it is never what a named file gets by default.
/// </summary>
public static class OutputFormats
{
    public const string Table = "table";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = CsvReportWriter.CsvFormatName,
        [".tsv"] = CsvReportWriter.TsvFormatName,
        [".jsonl"] = JsonLinesReportWriter.FormatName,
        [".ndjson"] = JsonLinesReportWriter.FormatName,
        [".json"] = JsonReportWriter.FormatName,
        [".sarif"] = SarifReportWriter.FormatName,
        [".md"] = MarkdownReportWriter.FormatName,
        [".html"] = HtmlReportWriter.FormatName,
        [".htm"] = HtmlReportWriter.FormatName,
        [".db"] = SqliteResultStore.FormatName,
        [".sqlite"] = SqliteResultStore.FormatName,
        [".sqlite3"] = SqliteResultStore.FormatName,
    };

    /// <summary>Every name <c>--format</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [Table, .. ReportWriterFactory.Formats, HtmlReportWriter.FormatName, SqliteResultStore.FormatName];

    /// <summary>True when <c>-o</c> names one HTML file rather than a folder of pages.</summary>
    public static bool IsHtmlFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    /// <param name="format">The <c>--format</c> value, or null when the option was not given.</param>
    /// <param name="output">The <c>--output</c> file, or null for standard output.</param>
    public static string Resolve(string? format, string? output)
    {
        if (!string.IsNullOrWhiteSpace(format)) return format.Trim().ToLowerInvariant();
        return output is not null && ByExtension.TryGetValue(Path.GetExtension(output), out var byExtension) ? byExtension : Table;
    }
}
