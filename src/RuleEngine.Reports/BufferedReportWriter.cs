using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// Base of the writers that need every paper before they can write (JSON array, SARIF, Markdown):
/// <see cref="Add"/> collects (thread-safe), <see cref="Complete"/> writes once and flushes.
/// </summary>
public abstract class BufferedReportWriter : IReportWriter
{
    private readonly List<PaperReport> _reports = [];
    private readonly Lock _gate = new();
    private bool _completed;

    protected BufferedReportWriter(TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        Output = output;
        Context = context;
    }

    public abstract string Format { get; }

    protected TextWriter Output { get; }

    protected ReportContext Context { get; }

    public void Add(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            if (_completed) throw new InvalidOperationException($"The {Format} report was already completed.");
            _reports.Add(report);
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            if (_completed) return;
            _completed = true;
            Write(_reports);
            Output.Flush();
        }
    }

    /// <summary>Writes the whole report; the papers are in the order they were added.</summary>
    protected abstract void Write(IReadOnlyList<PaperReport> reports);
}
