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
/// <c>ruleengine bench PATH...</c>: one figure per claim. Where the time goes (per stage and per detector,
/// measured inside one warm process); then the whole process, timed from outside as a user's run is: this
/// same ruleengine runs <c>analyze FILES -j 1</c> as a child, then poppler's <c>pdftotext</c> runs on the same
/// files in the same run. From those: RuleEngine / pdftotext, papers per second per core, and the child's
/// peak resident set as the OS reports it (getrusage). Run it pinned to one core (<c>taskset -c 0</c>) so that
/// every process in the comparison gets one core and one core only.
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

        var cores = Environment.ProcessorCount;
        if (cores == 1)
            console.MarkupLine("[grey]1 core available to this process: every figure below is a one-core figure[/]");
        else
            console.MarkupLineInterpolated($"[yellow]{cores} cores available to this process: run [bold]taskset -c 0 ruleengine bench ...[/] for one-core figures[/]");

        var n = files.Count;
        var loadBefore = LoadAverage();
        var stages = MeasureStages(analyzer, files, cancellationToken);
        console.Write(StageTable(stages, n));

        // The whole process first: ru_maxrss is the peak of the largest child waited for so far.
        var whole = WholeProcessTimer.Time(files, settings, cancellationToken);
        if (whole.ExitCode is not (ExitCodes.Success or ExitCodes.InputFailed))
        {
            console.MarkupLineInterpolated($"[red]ruleengine analyze failed with exit code {whole.ExitCode}: no whole-process figures[/]");
            return ExitCodes.InternalError;
        }
        var one = n > 1 ? WholeProcessTimer.Time([files[0]], settings, cancellationToken) : null;
        if (one is { ExitCode: not (ExitCodes.Success or ExitCodes.InputFailed) }) one = null;
        var pdftotext = settings.NoPdftotext ? null : PdftotextTimer.Time(files, cancellationToken);

        // CPU time as the OS charges it is the figure: on a shared machine, wall time also counts the other
        // processes that ran on the pinned core, and two runs an hour apart disagreed by half (3.02x, 2.03x).
        var wholeTime = whole.Cpu ?? whole.Wall;
        var basis = whole.Cpu is null ? "wall time" : "CPU time, user + system";
        // Start-up is measured, not derived: subtracting the warm in-process stage time (another run, other
        // JIT state, wall clock) from the child's CPU time gave a figure that could even come out negative.
        console.MarkupLineInterpolated($"whole process, one job: ruleengine analyze on {n} files {Seconds(whole)} (start-up, JIT, rule compilation and report writing included)");
        if (one is not null)
            console.MarkupLineInterpolated($"start-up plus one paper: ruleengine analyze on {Path.GetFileName(files[0])} alone {Seconds(one)}");
        if (pdftotext is { } p)
        {
            console.MarkupLineInterpolated($"pdftotext on the same {n} files, one process each: {Seconds(p)}");
            var yardstick = whole.Cpu is null ? p.Wall : p.Cpu ?? p.Wall;
            console.MarkupLineInterpolated($"speed: RuleEngine / pdftotext = [bold]{wholeTime / yardstick:0.00}×[/] (whole process, {basis})");
        }
        else if (!settings.NoPdftotext)
        {
            console.MarkupLine("[grey]pdftotext not found (Debian: poppler-utils); no comparison[/]");
        }
        if (cores == 1 || whole.Cpu is not null)
            console.MarkupLineInterpolated($"throughput: [bold]{n / wholeTime.TotalSeconds:0.00}[/] papers/s per core (whole process, {basis})");
        if (loadBefore is { } lb && LoadAverage() is { } la)
            console.MarkupLineInterpolated($"[grey]machine load (1-minute average) {lb} at the start, {la} at the end, on {MachineCpus()} CPUs: other processes on the pinned core lengthen wall times, not CPU times[/]");
        console.MarkupLine(whole.PeakRssBytes is { } rss
            ? $"peak RSS: [bold]{rss / (1024 * 1024)}[/] MB (ruleengine analyze -j 1 over the {n} files, getrusage ru_maxrss)"
            : "[grey]peak RSS: not reported by this OS[/]");
        return ExitCodes.Success;
    }

    /// <summary>The 1-minute load average from /proc/loadavg (Linux), or null.</summary>
    private static string? LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null; }
        catch (IOException) { return null; }
    }

    /// <summary>CPUs of the whole machine (the affinity mask may allow fewer).</summary>
    private static int MachineCpus()
    {
        try { return Directory.GetDirectories("/sys/devices/system/cpu", "cpu*").Count(d => Path.GetFileName(d)[3..].All(char.IsAsciiDigit)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Environment.ProcessorCount; }
    }

    private static string Seconds(ProcessTiming t) =>
        t.Cpu is { } cpu ? $"{t.Wall.TotalSeconds:0.0} s wall ({cpu.TotalSeconds:0.0} s CPU)" : $"{t.Wall.TotalSeconds:0.0} s wall";

    /// <summary>Per-stage and per-detector time of every paper, in this process, after one warm-up paper.</summary>
    private static StageTimes MeasureStages(PaperAnalyzer analyzer, List<string> files, CancellationToken cancellationToken)
    {
        analyzer.AnalyzeFile(files[0], cancellationToken); // warm-up: JIT, regex compilation, font tables
        var stages = new StageTimes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var report = analyzer.AnalyzeFile(file, out var times, cancellationToken);
            if (report.Failed || times is null) { stages.Failed++; continue; }
            stages.Read += times.Read; stages.Build += times.Build; stages.Detect += times.Detect; stages.Post += times.PostProcess;
            foreach (var (id, t) in times.Detectors) stages.Detectors[id] = stages.Detectors.GetValueOrDefault(id) + t;
        }
        stages.Total = clock.Elapsed;
        stages.Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return stages;
    }

    private static Table StageTable(StageTimes s, int n)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"where the time goes: {n} papers ({s.Failed} unreadable), one thread of one warm process");
        table.AddColumn("Stage"); table.AddColumn(new TableColumn("Total ms").RightAligned()); table.AddColumn(new TableColumn("ms / paper").RightAligned()); table.AddColumn(new TableColumn("share").RightAligned());
        void Row(string name, TimeSpan t) => table.AddRow(name, $"{t.TotalMilliseconds:0}", $"{t.TotalMilliseconds / n:0.0}", $"{t / s.Total:P0}");
        Row("open + layout (PDF → lines)", s.Read);
        Row("document model (sentences, sections…)", s.Build);
        Row("detectors (all)", s.Detect);
        foreach (var (id, t) in s.Detectors.OrderByDescending(kv => kv.Value)) Row($"  {id}", t);
        if (s.Post.TotalMilliseconds >= 0.5) Row("post-processing (LLM)", s.Post);
        Row("[bold]all papers, in process[/]", s.Total);
        return table;
    }

    /// <summary>Time summed over the papers, per stage.</summary>
    private sealed class StageTimes
    {
        public TimeSpan Read, Build, Detect, Post, Total, Cpu;
        public int Failed;
        public Dictionary<string, TimeSpan> Detectors { get; } = new(StringComparer.Ordinal);
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
