namespace RuleEngine.Reports;

/// <summary>Creates the report writer of a <c>--format</c> name (json, jsonl, csv, tsv, sarif, markdown; case-insensitive).</summary>
public static class ReportWriterFactory
{
    private static readonly Dictionary<string, Func<TextWriter, ReportContext, IReportWriter>> Writers = new(StringComparer.OrdinalIgnoreCase)
    {
        [JsonReportWriter.FormatName] = (o, c) => new JsonReportWriter(o, c),
        [JsonLinesReportWriter.FormatName] = (o, c) => new JsonLinesReportWriter(o, c),
        [CsvReportWriter.CsvFormatName] = CsvReportWriter.Csv,
        [CsvReportWriter.TsvFormatName] = CsvReportWriter.Tsv,
        [SarifReportWriter.FormatName] = (o, c) => new SarifReportWriter(o, c),
        [MarkdownReportWriter.FormatName] = (o, c) => new MarkdownReportWriter(o, c),
    };

    /// <summary>The format names, in the order they are documented.</summary>
    public static IReadOnlyList<string> Formats { get; } =
        [JsonReportWriter.FormatName, JsonLinesReportWriter.FormatName, CsvReportWriter.CsvFormatName, CsvReportWriter.TsvFormatName, SarifReportWriter.FormatName, MarkdownReportWriter.FormatName];

    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static IReportWriter Create(string format, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(format) || !Writers.TryGetValue(format.Trim(), out var create))
            throw new ArgumentException($"Unknown report format '{format}'. Valid formats: {string.Join(", ", Formats)}.", nameof(format));
        return create(output, context);
    }
}
