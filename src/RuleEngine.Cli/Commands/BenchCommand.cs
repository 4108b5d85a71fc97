using System.ComponentModel;
using System.Diagnostics;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Engine.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>ruleengine bench PATH...</c>: measures where the time goes — per stage (open + layout, document
/// model, each detector), papers per second on 1 and N cores, peak memory — and compares the whole
/// analysis with poppler's <c>pdftotext</c> on the same files in the same run when it is installed.
/// </summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : EngineCommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("PDF files and/or folders.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-n|--limit <N>")]
        [Description("Use at most N papers (the first N in name order). Default: all.")]
        public int? Limit { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Cores for the parallel pass (default: number of cores).")]
        public int? Jobs { get; init; }

        [CommandOption("--no-pdftotext")]
        [Description("Skip the pdftotext comparison.")]
        public bool NoPdftotext { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(settings.Paths).Take(settings.Limit ?? int.MaxValue).ToList();
        if (files.Count == 0) throw new UsageException("no PDF found in the given paths");
        using var provider = EngineFactory.Create(settings);
        var analyzer = provider.Analyzer();
        var console = AnsiConsole.Console;

        analyzer.AnalyzeFile(files[0], cancellationToken); // warm-up: JIT, regex compilation, font tables

        var read = TimeSpan.Zero; var build = TimeSpan.Zero; var detect = TimeSpan.Zero; var post = TimeSpan.Zero;
        var detectors = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var failed = 0;
        var sequential = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var report = analyzer.AnalyzeFile(file, out var times, cancellationToken);
            if (report.Failed || times is null) { failed++; continue; }
            read += times.Read; build += times.Build; detect += times.Detect; post += times.PostProcess;
            foreach (var (id, t) in times.Detectors) detectors[id] = detectors.GetValueOrDefault(id) + t;
        }
        sequential.Stop();

        var jobs = settings.Jobs ?? Environment.ProcessorCount;
        var parallel = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, f => analyzer.AnalyzeFile(f, cancellationToken));
        parallel.Stop();

        var pdftotext = settings.NoPdftotext ? null : PdftotextTimer.Time(files, cancellationToken);
        var n = files.Count;
        var table = new Table().Border(TableBorder.Rounded).Title($"{n} papers ({failed} unreadable), one core");
        table.AddColumn("Stage"); table.AddColumn(new TableColumn("Total ms").RightAligned()); table.AddColumn(new TableColumn("ms / paper").RightAligned()); table.AddColumn(new TableColumn("share").RightAligned());
        var total = sequential.Elapsed;
        void Row(string name, TimeSpan t) => table.AddRow(name, $"{t.TotalMilliseconds:0}", $"{t.TotalMilliseconds / n:0.0}", $"{t / total:P0}");
        Row("open + layout (PDF → lines)", read);
        Row("document model (sentences, sections…)", build);
        Row("detectors (all)", detect);
        foreach (var (id, t) in detectors.OrderByDescending(kv => kv.Value)) Row($"  {id}", t);
        if (post > TimeSpan.Zero) Row("post-processing (LLM)", post);
        Row("[bold]whole analysis[/]", total);
        console.Write(table);

        console.MarkupLineInterpolated($"throughput: [bold]{n / total.TotalSeconds:0.0}[/] papers/s on 1 core; [bold]{n / parallel.Elapsed.TotalSeconds:0.0}[/] papers/s with {jobs} jobs");
        if (pdftotext is { } p)
            console.MarkupLineInterpolated($"pdftotext on the same {n} files: {p.TotalMilliseconds:0} ms → RuleEngine / pdftotext = [bold]{total / p:0.00}×[/]");
        else if (!settings.NoPdftotext)
            console.MarkupLine("[grey]pdftotext not found (Debian: poppler-utils); no comparison[/]");
        console.MarkupLineInterpolated($"peak working set: [bold]{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}[/] MB");
        return ExitCodes.Success;
    }
}
