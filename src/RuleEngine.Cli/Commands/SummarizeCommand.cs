using System.ComponentModel;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Engine.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>ruleengine summarize RESULTS...</c>: corpus-level prevalence per variable (share of papers with a
/// positive verdict: Yes, Experimental, and each affiliation value), overall or by group — the folder a
/// paper was in, or a column of a metadata CSV (venue, year) — as a table and a PNG/SVG chart.
/// </summary>
public sealed class SummarizeCommand : Command<SummarizeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RESULTS>")]
        [Description("Result files written by analyze: JSON Lines (-f jsonl) or JSON (-f json).")]
        public string[] Results { get; init; } = [];

        [CommandOption("--by <GROUP>")]
        [Description("Group papers by 'folder' or by a column of --metadata (e.g. venue, year). Default: one group.")]
        public string? By { get; init; }

        [CommandOption("--metadata <CSV>")]
        [Description("CSV with a column 'id' (file name without .pdf) or 'file', and the columns to group by.")]
        public string? Metadata { get; init; }

        [CommandOption("--chart <FILE>")]
        [Description("Write a grouped bar chart of prevalence: .png or .svg.")]
        public string? Chart { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write the prevalence table as JSON.")]
        public string? Json { get; init; }

        public override ValidationResult Validate()
        {
            if (By is not null && !By.Equals("folder", StringComparison.OrdinalIgnoreCase) && Metadata is null)
                return ValidationResult.Error($"--by {By} needs --metadata CSV (or use --by folder)");
            if (Chart is not null && !(Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || Chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
                return ValidationResult.Error("--chart must end in .png or .svg");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var reports = new List<PaperReport>();
        foreach (var file in settings.Results)
        {
            if (!File.Exists(file)) throw new UsageException($"results file not found: {file}");
            reports.AddRange(ResultFiles.Read(file));
        }
        reports = ResultLog.Latest(reports).Where(r => !r.Failed).ToList();
        if (reports.Count == 0) throw new UsageException("no analysed paper in the results");

        Func<PaperReport, string> groupOf = settings.By switch
        {
            null => _ => "all papers",
            var by when by.Equals("folder", StringComparison.OrdinalIgnoreCase) => r => Path.GetFileName(Path.GetDirectoryName(r.Paper.Path ?? r.Paper.File)) is { Length: > 0 } d ? d : ".",
            var column => PaperMetadata.Load(settings.Metadata!, column).GroupOf,
        };
        var table = PrevalenceTable.Compute(reports, groupOf);
        PrevalenceTable.Print(AnsiConsole.Console, table);
        if (settings.Chart is not null)
        {
            PrevalenceChart.Save(table, settings.Chart);
            Consoles.Error.MarkupLineInterpolated($"[grey]chart written to {settings.Chart}[/]");
        }
        if (settings.Json is not null)
            File.WriteAllText(settings.Json, System.Text.Json.JsonSerializer.Serialize(table, ReportJson.Options));
        return ExitCodes.Success;
    }
}
