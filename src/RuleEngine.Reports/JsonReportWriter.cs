using System.Text.Json;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format json</c>: the report-format.md object, indented. Exactly one paper → that object; any
/// other count (several, or none) → an array of them, so a reader never mistakes "no papers" for one.
/// </summary>
public sealed class JsonReportWriter(TextWriter output, ReportContext context) : BufferedReportWriter(output, context)
{
    public const string FormatName = "json";

    public override string Format => FormatName;

    protected override void Write(IReadOnlyList<PaperReport> reports)
    {
        Output.WriteLine(reports.Count == 1
            ? ReportJson.Serialize(reports[0])
            : JsonSerializer.Serialize(reports, ReportJson.Options));
    }
}
