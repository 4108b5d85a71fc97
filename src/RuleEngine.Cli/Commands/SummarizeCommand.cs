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
/// paper was in, or a column of a metadata CSV (venue, year) — as a table and an SVG chart, and a static site (<c>--site</c>).
/// </summary>
public sealed class SummarizeCommand : Command<SummarizeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RESULTS>")]
        [Description("Result files written by analyze: a results database (-o results.db), JSON Lines (-f jsonl) or JSON (-f json).")]
        public string[] Results { get; init; } = [];

        [CommandOption("--by <GROUP>")]
        [Description("Group papers by 'folder' or by a column of --metadata (e.g. venue, year). Default: one group.")]
        public string? By { get; init; }

        [CommandOption("--metadata <CSV>")]
        [Description("CSV with a column 'id' (file name without .pdf) or 'file', and the columns to group by.")]
        public string? Metadata { get; init; }

        [CommandOption("--chart <FILE>")]
        [Description("Write a grouped bar chart of prevalence as SVG (.svg; any browser opens it).")]
        public string? Chart { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) | csv: one row per variable, verdict and group with the share as a fraction (0..1), for spreadsheets, R or pandas.")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Write the table (or CSV) to FILE instead of standard output; [grey]-o prevalence.csv[/] implies [grey]-f csv[/].")]
        public string? Output { get; init; }

        [CommandOption("--site <DIR>")]
        [Description("Also write a static site to DIR: index.html (prevalence chart, per-variable filters, one row per paper) and papers/NAME.html (each paper's page). No network needed; open DIR/index.html.")]
        public string? Site { get; init; }

        [CommandOption("--title <TEXT>")]
        [Description("With --site: the index page's title (default: \"Reproducibility of N papers\").")]
        public string? Title { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write the prevalence table as JSON.")]
        public string? Json { get; init; }

        public override ValidationResult Validate()
        {
            if (By is not null && !By.Equals("folder", StringComparison.OrdinalIgnoreCase) && Metadata is null)
                return ValidationResult.Error($"--by {By} needs --metadata CSV (or use --by folder)");
            if (Chart is not null && Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error("--chart writes SVG only (PNG needed a 100 MB graphics library in the tool): use a .svg file, or convert one with e.g. `rsvg-convert -o chart.png chart.svg`");
            if (Chart is not null && !Chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error("--chart must end in .svg");
            if (Title is not null && Site is null)
                return ValidationResult.Error("--title names the site's index page: use it with --site DIR");
            if (OutputFormat is not ("table" or "csv"))
                return ValidationResult.Error($"--format must be table or csv, not '{Format}'");
            return ValidationResult.Success();
        }

        /// <summary>The format asked for, else the one the output file's extension names, else a table.</summary>
        public string OutputFormat => Format?.Trim().ToLowerInvariant()
            ?? (Output is not null && Path.GetExtension(Output).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "table");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var reports = new List<PaperReport>();
        foreach (var file in settings.Results)
        {
            if (!File.Exists(file)) throw new UsageException($"results file not found: {file}");
            reports.AddRange(ResultFiles.Read(file));
        }
        var latest = ResultLog.Latest(reports);
        reports = latest.Where(r => !r.Failed).ToList();
        if (reports.Count == 0) throw new UsageException("no analysed paper in the results");
        if (settings.Site is not null)
        {
            if (File.Exists(settings.Site)) throw new UsageException($"--site {settings.Site}: a file is there; give a folder");
            var details = settings.Metadata is null ? null : PaperDetailsFile.Load(settings.Metadata);
            var files = RuleEngine.Reports.Html.SiteWriter.Write(settings.Site, latest, Contexts.BuiltIn(), details, settings.Title);
            Consoles.Error.MarkupLineInterpolated($"[grey]site written to {files[0]} ({files.Count - 1} paper pages in {Path.Combine(settings.Site, RuleEngine.Reports.Html.SiteWriter.PapersFolder)})[/]");
        }

        Func<PaperReport, string> groupOf = settings.By switch
        {
            null => _ => "all papers",
            var by when by.Equals("folder", StringComparison.OrdinalIgnoreCase) => r => Path.GetFileName(Path.GetDirectoryName(r.Paper.Path ?? r.Paper.File)) is { Length: > 0 } d ? d : ".",
            var column => PaperMetadata.Load(settings.Metadata!, column).GroupOf,
        };
        var table = PrevalenceTable.Compute(reports, groupOf);
        using (var file = settings.Output is null ? null : new StreamWriter(settings.Output))
        {
            if (settings.OutputFormat == "csv") PrevalenceCsv.Write((TextWriter?)file ?? Console.Out, table);
            else PrevalenceTable.Print(file is null ? AnsiConsole.Console : Consoles.ToWriter(file), table);
        }
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
