using System.Globalization;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format markdown</c>: per paper a <c>## title</c> section holding the spec's three-column table
/// (<c>| Reproducibility Variable | Result | Evidence |</c>), one row per variable, then its diagnostics.
/// The Result cell is exactly the verdict string so the table can be imported back to the same verdicts;
/// evidence is <c>"quote" (p. 3); "quote2" (p. 5)</c>, or the rationale in italics when there is no quote.
/// </summary>
public sealed class MarkdownReportWriter(TextWriter output, ReportContext context) : BufferedReportWriter(output, context)
{
    public const string FormatName = "markdown";
    public const string TableHeader = "| Reproducibility Variable | Result | Evidence |";
    public const string TableRule = "|---|---|---|";

    /// <summary>Prefix of the note added to a row whose verdict carries a <see cref="VariableResult.Flag"/>.</summary>
    public const string FlagMarker = "⚠";

    public override string Format => FormatName;

    protected override void Write(IReadOnlyList<PaperReport> reports)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0) Output.WriteLine();
            WritePaper(reports[i]);
        }
    }

    private void WritePaper(PaperReport report)
    {
        var paper = report.Paper;
        var hasTitle = !string.IsNullOrWhiteSpace(paper.Title);
        Output.WriteLine($"## {MarkdownText.Inline(hasTitle ? paper.Title : paper.File)}");
        Output.WriteLine();
        // The file under a title heading, and the page count when the paper was read.
        var about = string.Join(" · ", new[]
        {
            hasTitle ? $"`{MarkdownText.Inline(paper.File)}`" : null,
            paper.Pages > 0 ? Invariant($"{paper.Pages} pages") : null,
        }.OfType<string>());
        if (about.Length > 0)
        {
            Output.WriteLine(about);
            Output.WriteLine();
        }

        if (report.Variables.Count == 0)
        {
            Output.WriteLine("*No verdicts: the paper could not be analysed.*");
        }
        else
        {
            Output.WriteLine(TableHeader);
            Output.WriteLine(TableRule);
            foreach (var result in report.Variables)
                Output.WriteLine($"| {MarkdownText.Inline(RowName(result))} | {MarkdownText.Inline(result.Verdict)} | {EvidenceCell(result)} |");
        }

        if (report.Diagnostics.Count > 0)
        {
            Output.WriteLine();
            Output.WriteLine("**Diagnostics**");
            Output.WriteLine();
            foreach (var d in report.Diagnostics)
            {
                var page = d.Page is { } p ? Invariant($" (p. {p})") : "";
                Output.WriteLine($"- **{MarkdownText.Inline(d.Level)}** {MarkdownText.Inline(d.Id)}{page}: {MarkdownText.Inline(d.Message)}");
            }
        }
    }

    private string RowName(VariableResult result) =>
        !string.IsNullOrWhiteSpace(result.Name) ? result.Name
        : Context.Variables.FirstOrDefault(v => v.Id == result.Id)?.Title ?? result.Variable;

    private static string EvidenceCell(VariableResult result)
    {
        var quotes = result.Evidence.Where(e => !string.IsNullOrWhiteSpace(e.Quote)).ToList();
        var cell = quotes.Count > 0
            ? string.Join("; ", quotes.Select(e => e.Page > 0
                ? Invariant($"\"{MarkdownText.Inline(e.Quote)}\" (p. {e.Page})")
                : $"\"{MarkdownText.Inline(e.Quote)}\""))
            : MarkdownText.Italic(result.Rationale);
        if (string.IsNullOrWhiteSpace(result.Flag)) return cell;
        var flag = $"{FlagMarker} {MarkdownText.Inline(result.Flag)}";
        return cell.Length == 0 ? flag : $"{flag} — {cell}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
