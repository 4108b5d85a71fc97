using System.ComponentModel;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Engine.Reporting;
using RuleEngine.Reports;
using RuleEngine.Reports.Html;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary><c>ruleengine analyze PATH...</c>: runs the detectors on PDFs and folders of PDFs.</summary>
public sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    public sealed class Settings : EngineCommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("PDF files, folders (searched recursively for *.pdf), quoted wildcard patterns ([grey]'papers/**/*.pdf'[/]), or [grey]-[/] to read paths from standard input, one per line.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--from-file <FILE>")]
        [Description("Also analyse the paths listed in FILE, one per line (blank lines and [grey]#[/] comments skipped). Repeatable.")]
        public string[] FromFiles { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default, for people) | json | jsonl (one line per paper) | csv | tsv (one row per paper, a column per variable) | sarif | markdown | html (one self-contained page per paper: [grey]-o FOLDER[/], or [grey]-o FILE.html[/] / standard output for one paper) | sqlite (a results database). Without it, [grey]-o[/]'s extension decides: [grey]-o results.csv[/] is csv, [grey]-o results.db[/] sqlite.")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Write the report to FILE instead of standard output (jsonl, csv, tsv and sqlite are written paper by paper, as each finishes).")]
        public string? Output { get; init; }

        [CommandOption("--metadata <FILE>")]
        [Description("With [grey]-f html[/]: a CSV/TSV with a column id (file name without .pdf) or file, and any of title, authors (';'-separated), venue (or venue_or_status), year, url, shown on each page.")]
        public string? Metadata { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Papers analysed in parallel (default: number of cores).")]
        public int? Jobs { get; init; }

        [CommandOption("--no-resume")]
        [Description("With [grey]-f jsonl -o FILE[/]: start FILE afresh; with a results database: analyse every paper again (the newer rows win). By default both skip the papers they already hold for the same content and rules.")]
        public bool NoResume { get; init; }

        [CommandOption("-q|--quiet")]
        [Description("No progress display.")]
        public bool Quiet { get; init; }

        public override ValidationResult Validate()
        {
            if (Paths.Length == 0 && FromFiles.Length == 0)
                return ValidationResult.Error("give the PDFs to analyse: paths, folders, patterns, - (standard input) or --from-file FILE");
            var format = OutputFormats.Resolve(Format, Output);
            if (!OutputFormats.Names.Contains(format, StringComparer.OrdinalIgnoreCase))
                return ValidationResult.Error($"--format must be one of {string.Join(", ", OutputFormats.Names)}, not '{Format}'");
            if (format == SqliteResultStore.FormatName && Output is null)
                return ValidationResult.Error("--format sqlite needs --output FILE.db");
            if (Metadata is not null && format != HtmlReportWriter.FormatName)
                return ValidationResult.Error("--metadata is shown on HTML pages: use it with -f html");
            if (Jobs is < 1) return ValidationResult.Error("--jobs must be at least 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand([.. settings.Paths, .. settings.FromFiles.SelectMany(PathList.ReadFile)]);
        if (files.Count == 0) throw new UsageException("no PDF found in the given paths");
        var format = OutputFormats.Resolve(settings.Format, settings.Output);
        var htmlFolder = format == HtmlReportWriter.FormatName && settings.Output is not null && !OutputFormats.IsHtmlFile(settings.Output);
        if (format == HtmlReportWriter.FormatName && !htmlFolder && files.Count > 1)
            throw new UsageException($"-f html writes one page per paper: give a folder for the {files.Count} papers (-o pages/), or one PDF for {(settings.Output is null ? "standard output" : settings.Output)}");
        var details = settings.Metadata is null ? null : PaperDetailsFile.Load(settings.Metadata);
        using var provider = EngineFactory.Create(settings);
        var analyzer = provider.Analyzer();
        var catalog = analyzer.Catalog;
        foreach (var error in catalog.LoadErrors) Consoles.Error.MarkupLineInterpolated($"[yellow]plugin:[/] {error}");

        using var store = format == SqliteResultStore.FormatName ? OpenStore(settings.Output!) : null;
        var resume = !settings.NoResume && settings.Output is not null && (store is not null || (format == "jsonl" && File.Exists(settings.Output)));
        if (resume)
        {
            var done = store?.CompletedPapers(analyzer.Stamp.Signature) ?? ResumableRun.CompletedPapers(settings.Output!, analyzer.Stamp);
            var before = files.Count;
            files = files.Where(f => !done.Contains(Engine.Analysis.PaperAnalyzer.Sha256Of(f))).ToList();
            if (before != files.Count)
                Consoles.Error.MarkupLineInterpolated($"[grey]resuming {settings.Output}: {before - files.Count} of {before} papers already analysed with the same content and rules; {files.Count} to go[/]");
        }

        using var output = settings.Output is null || store is not null || htmlFolder ? null : new StreamWriter(settings.Output, append: resume) { AutoFlush = false };
        var writerOut = (TextWriter?)output ?? Console.Out;
        IReportWriter writer = store ?? (format switch
        {
            OutputFormats.Table => new ConsoleTableWriter(settings.Output is null ? AnsiConsole.Console : Consoles.ToWriter(writerOut)),
            HtmlReportWriter.FormatName => htmlFolder
                ? HtmlReportWriter.ToFolder(settings.Output!, Contexts.From(catalog), details)
                : HtmlReportWriter.ToWriter(writerOut, Contexts.From(catalog), details),
            _ => ReportWriterFactory.Create(format, writerOut, Contexts.From(catalog)),
        });

        var failed = 0;
        var gate = new object();
        void Complete(PaperReport report)
        {
            report = TextSanitizer.Clean(report); // one sanitiser before any writer: console, Markdown, HTML, SARIF, JSON
            lock (gate)
            {
                if (report.Failed) failed++;
                writer.Add(report);
                if (report.Failed || format != OutputFormats.Table)
                    foreach (var d in report.Diagnostics.Where(d => d.Level == DiagnosticLevels.Error))
                        Consoles.Error.MarkupLineInterpolated($"[red]{report.Paper.File}:[/] {d.Id} {d.Message}");
            }
        }

        var jobs = settings.Jobs ?? Environment.ProcessorCount;
        var showProgress = !settings.Quiet && files.Count > 1 && !Console.IsErrorRedirected;
        var written = 0;
        try
        {
            if (showProgress)
            {
                Consoles.Error.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask($"Analysing {files.Count} papers", maxValue: files.Count);
                        Run(files, jobs, analyzer, r => { Complete(r); Interlocked.Increment(ref written); task.Increment(1); task.Description = $"{r.Paper.File}"; }, cancellationToken);
                        task.Description = $"Analysed {files.Count} papers";
                    });
            }
            else
            {
                Run(files, jobs, analyzer, r => { Complete(r); Interlocked.Increment(ref written); }, cancellationToken);
            }
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && Interruption.IsCancellation(e))
        {
            // Ctrl-C: every finished paper is already on disk (jsonl/csv/tsv lines flushed, database rows committed).
            writerOut.Flush();
            var kept = writer is BufferedReportWriter ? $"not written ({format} is written at the end)" : "kept";
            Consoles.Error.MarkupLineInterpolated($"[yellow]interrupted:[/] {written} of {files.Count} papers finished, {kept}. Running the same command again resumes a jsonl file or results database.");
            return ExitCodes.Interrupted;
        }
        writer.Complete();
        writerOut.Flush();
        if (writer is HtmlReportWriter { Written.Count: > 0 } pages && !settings.Quiet)
            Consoles.Error.MarkupLineInterpolated($"[grey]{pages.Written.Count} page(s) written to {settings.Output}[/]");
        if (failed > 0) Consoles.Error.MarkupLineInterpolated($"[yellow]{failed} of {files.Count} input(s) could not be analysed.[/]");
        if (provider.GetService(typeof(RuleEngine.Llm.Processing.LlmCallRunner)) is RuleEngine.Llm.Processing.LlmCallRunner llm)
            Consoles.Error.WriteLine(llm.Ledger.Describe());
        return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static SqliteResultStore OpenStore(string path)
    {
        try { return SqliteResultStore.Open(path); }
        catch (InvalidDataException e) { throw new UsageException(e.Message); }
    }

    private static void Run(IReadOnlyList<string> files, int jobs, Engine.Analysis.PaperAnalyzer analyzer, Action<PaperReport> complete, CancellationToken cancellationToken)
    {
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
            file => complete(analyzer.AnalyzeFile(file, cancellationToken)));
    }
}
