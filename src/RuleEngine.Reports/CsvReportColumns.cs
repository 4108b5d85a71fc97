using System.Globalization;
using System.Text;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// The columns of the spreadsheet formats (csv, tsv): the paper's identity, why it could not be read, then
/// four columns per variable of the run, in catalog order: <c>Key</c> (verdict), <c>Key.confidence</c>,
/// <c>Key.quote</c> (the first quote) and <c>Key.page</c> (its page). A variable a paper has no verdict for
/// (the paper was unreadable) leaves its cells empty.
/// </summary>
public sealed class CsvReportColumns
{
    /// <summary>The columns before the variables', in order.</summary>
    public static IReadOnlyList<string> PaperColumns { get; } = ["file", "sha256", "title", "pages", "error"];

    private readonly IReadOnlyList<string> _variableIds;

    public CsvReportColumns(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _variableIds = context.Variables.Select(v => v.Id).ToList();
        Header = [.. PaperColumns, .. context.Variables.SelectMany(v => new[] { v.Key, v.Key + ".confidence", v.Key + ".quote", v.Key + ".page" })];
    }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>One paper's cells, in the order of <see cref="Header"/>.</summary>
    public IReadOnlyList<string> Row(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var paper = report.Paper;
        var cells = new List<string>(Header.Count)
        {
            paper.File,
            paper.Sha256,
            paper.Title ?? "",
            paper.Pages.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", report.Diagnostics.Where(d => d.Level == DiagnosticLevels.Error).Select(d => $"{d.Id}: {d.Message}")),
        };
        foreach (var id in _variableIds)
        {
            var result = report.Variables.FirstOrDefault(v => v.Id == id);
            var quote = result?.Evidence.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.Quote));
            cells.Add(result?.Verdict ?? "");
            cells.Add(result is null ? "" : result.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            cells.Add(OneLine(quote?.Quote));
            cells.Add(quote is { Page: > 0 } ? quote.Page.ToString(CultureInfo.InvariantCulture) : "");
        }
        return cells;
    }

    /// <summary>Runs of whitespace (line breaks included) as one space, as report-format.md allows for quotes, so a row reads as one line in a spreadsheet.</summary>
    private static string OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word);
        }
        return sb.ToString();
    }
}
