using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format jsonl</c>: one compact report-format.md object per line, written and flushed as each paper
/// finishes, so a run that is killed leaves only complete, valid lines behind.
/// </summary>
public sealed class JsonLinesReportWriter : IReportWriter
{
    public const string FormatName = "jsonl";

    private readonly TextWriter _output;
    private readonly Lock _gate = new();

    public JsonLinesReportWriter(TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        _output = output;
    }

    public string Format => FormatName;

    public void Add(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Serialize before taking the lock; the compact form never contains a raw line break.
        var line = ReportJson.Serialize(report, indented: false);
        lock (_gate)
        {
            _output.Write(line);
            _output.Write('\n');
            _output.Flush();
        }
    }

    public void Complete()
    {
        lock (_gate) _output.Flush();
    }
}
