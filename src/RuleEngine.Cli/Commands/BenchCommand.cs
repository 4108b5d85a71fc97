using System.ComponentModel;
using System.Diagnostics;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Sdk.Documents;
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

        [CommandOption("--patterns [N]")]
        [Description("Instead of the stage benchmark, time every rule-file pattern on its own against every sentence of the papers and list the N slowest (default 15): the tool for finding the pattern that makes a detector slow.")]
        public FlagValue<int>? Patterns { get; init; }

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

        if (settings.Patterns is { IsSet: true } patterns)
            return ProfilePatterns(analyzer, files, patterns.Value > 0 ? patterns.Value : 15, console, cancellationToken);

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

    private static int ProfilePatterns(PaperAnalyzer analyzer, List<string> files, int top, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var documents = new List<PaperDocument>();
        foreach (var file in files)
        {
            try { documents.Add(analyzer.ReadDocument(file, cancellationToken)); }
            catch (DocumentReadException e) { console.MarkupLineInterpolated($"[grey]skipped {Path.GetFileName(file)}: {e.Message}[/]"); }
        }
        var costs = PatternProfiler.Profile(analyzer.Catalog.Analyzer.Detectors.Select(d => d.Rules), documents, cancellationToken);
        var sentences = documents.Sum(d => d.Sentences.Count);
        var table = new Table().Border(TableBorder.Rounded).Title($"slowest patterns over {sentences} sentences of {documents.Count} papers");
        table.AddColumn("Rank"); table.AddColumn("Rule [[pattern #]]"); table.AddColumn(new TableColumn("Total ms").RightAligned());
        table.AddColumn(new TableColumn("ms / paper").RightAligned()); table.AddColumn(new TableColumn("Worst sentence ms").RightAligned()); table.AddColumn(new TableColumn("Timed out").RightAligned());
        var shown = costs.Take(top).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var c = shown[i];
            table.AddRow($"{i + 1}", Markup.Escape(c.Index < 0 ? c.RuleId : $"{c.RuleId} [{c.Index}]"), $"{c.Elapsed.TotalMilliseconds:0}", $"{c.Elapsed.TotalMilliseconds / Math.Max(1, documents.Count):0.0}",
                $"{c.Slowest.TotalMilliseconds:0.0}", c.TimedOut.ToString());
        }
        console.Write(table);
        // Patterns are long: listed below the table rather than squeezed into a column.
        for (var i = 0; i < shown.Count; i++) console.WriteLine($"{i + 1,3}. {shown[i].Pattern}\n     slowest on {shown[i].SlowestSentence}");
        console.MarkupLineInterpolated($"all patterns together: {costs.Sum(c => c.Elapsed.TotalMilliseconds):0} ms");
        return ExitCodes.Success;
    }
}
