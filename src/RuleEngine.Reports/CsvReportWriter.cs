using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format csv</c> / <c>--format tsv</c>: one row per paper for spreadsheets, R and pandas (columns:
/// <see cref="CsvReportColumns"/>). Quoting is CsvHelper's RFC 4180 writer; like JSON Lines, each row is
/// written and flushed as its paper finishes, so an interrupted run keeps every finished row.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public const string CsvFormatName = "csv";
    public const string TsvFormatName = "tsv";

    private readonly TextWriter _output;
    private readonly CsvWriter _csv;
    private readonly CsvReportColumns _columns;
    private readonly Lock _gate = new();
    private bool _headerWritten;

    private CsvReportWriter(TextWriter output, ReportContext context, string format, string delimiter, string newLine)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        _output = output;
        Format = format;
        _columns = new CsvReportColumns(context);
        _csv = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, NewLine = newLine }, leaveOpen: true);
    }

    /// <summary>Comma-separated, CRLF line ends (RFC 4180).</summary>
    public static CsvReportWriter Csv(TextWriter output, ReportContext context) => new(output, context, CsvFormatName, ",", "\r\n");

    /// <summary>Tab-separated, LF line ends; fields holding a tab, quote or line break are quoted as in CSV.</summary>
    public static CsvReportWriter Tsv(TextWriter output, ReportContext context) => new(output, context, TsvFormatName, "\t", "\n");

    public string Format { get; }

    public void Add(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var row = _columns.Row(report);
        lock (_gate)
        {
            WriteHeaderOnce();
            WriteRecord(row);
            Flush();
        }
    }

    /// <summary>Writes the header when no paper was added (so an empty run still yields a readable file).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            WriteHeaderOnce();
            Flush();
        }
    }

    private void WriteHeaderOnce()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        WriteRecord(_columns.Header);
    }

    private void WriteRecord(IEnumerable<string> fields)
    {
        foreach (var field in fields) _csv.WriteField(field);
        _csv.NextRecord();
    }

    private void Flush()
    {
        _csv.Flush();
        _output.Flush();
    }
}
