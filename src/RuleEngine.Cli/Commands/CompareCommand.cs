using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Comparison.Analysis;
using RuleEngine.Comparison.Import;
using RuleEngine.Comparison.Model;
using RuleEngine.Comparison.Output;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>ruleengine compare</c>: heuristic verdicts beside LLM verdicts for one paper or a corpus — agreement,
/// Cohen's kappa and confusion per variable, the disagreements with both sides' evidence, and with
/// <c>--gold</c> how often each side matched the gold label. The LLM side is imported (<c>--import</c>) or
/// live (<c>--llm always</c>); the heuristic side is computed from the PDFs or imported (<c>--heuristic</c>).
/// </summary>
public sealed class CompareCommand : Command<CompareCommand.Settings>
{
    public sealed class Settings : EngineCommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("PDF files and/or folders for the heuristic side (and the live LLM side). With --import, only PDFs with imported verdicts are analysed.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-i|--import <FILE>")]
        [Description("LLM verdicts: our JSON/JSONL report, the published raw JSON (with --key-map), or Markdown verdict tables. Repeatable.")]
        public string[] Imports { get; init; } = [];

        [CommandOption("--key-map <FILE>")]
        [Description("TSV mapping corpus ids to the raw JSON's paper keys (e.g. corpus/llm/raw-key-map.tsv).")]
        public string? KeyMap { get; init; }

        [CommandOption("--heuristic <FILE>")]
        [Description("Take the heuristic side from our own reports (JSON, JSONL or Markdown) instead of analysing PDFs. Repeatable.")]
        public string[] HeuristicFiles { get; init; } = [];

        [CommandOption("-g|--gold <FILE>")]
        [Description("Gold labels (TSV like corpus/labels/dev.tsv): say per variable how often each side matched them.")]
        public string? Gold { get; init; }

        [CommandOption("--thresholds <LIST>")]
        [Description("With --gold: confidence thresholds of the hybrid sweep (heuristic at or above, LLM below), comma-separated. Default 0.5,0.55,…,0.95.")]
        public string? Thresholds { get; init; }

        /// <summary>The parsed <c>--thresholds</c>, or null for the default sweep.</summary>
        public IReadOnlyList<double>? ThresholdList => Thresholds is null ? null
            : Thresholds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1 ? x : double.NaN).ToList();

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) | markdown | json | html (self-contained, with charts).")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("-o|--output <FILE>")]
        [Description("Write the comparison to FILE instead of standard output.")]
        public string? Output { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Papers analysed in parallel (default: number of cores).")]
        public int? Jobs { get; init; }

        [CommandOption("--max-disagreements <N>")]
        [Description("Disagreements listed in the console table (default 25; the file formats list all).")]
        [DefaultValue(25)]
        public int MaxDisagreements { get; init; } = 25;

        public override ValidationResult Validate()
        {
            if (!ComparisonWriters.Formats.Contains(Format, StringComparer.OrdinalIgnoreCase))
                return ValidationResult.Error($"--format must be one of {string.Join(", ", ComparisonWriters.Formats)}");
            if (ThresholdList is { } ts && (ts.Count == 0 || ts.Any(double.IsNaN)))
                return ValidationResult.Error($"--thresholds must be numbers between 0 and 1 separated by commas, not '{Thresholds}'");
            if (Thresholds is not null && Gold is null)
                return ValidationResult.Error("--thresholds sets the hybrid sweep, which needs --gold FILE");
            if (Jobs is < 1) return ValidationResult.Error("--jobs must be at least 1");
            if (Imports.Length == 0 && (Llm is null || Llm.Equals("off", StringComparison.OrdinalIgnoreCase)))
                return ValidationResult.Error("no LLM verdicts: give --import FILE, or --llm always to ask a model live");
            if (Paths.Length == 0 && HeuristicFiles.Length == 0)
                return ValidationResult.Error("no heuristic side: give PDF paths or --heuristic FILE");
            if (Imports.Length > 0 && Llm is not null && !Llm.Equals("off", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error("--import and --llm exclude each other: the LLM side is either imported or asked live");
            if (Imports.Length == 0 && Paths.Length == 0)
                return ValidationResult.Error("live LLM verdicts (--llm) need PDF paths");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var keyMap = settings.KeyMap is null ? null : Load(settings.KeyMap, "key map", KeyMap.Load);
        var gold = settings.Gold is null ? null : Load(settings.Gold, "gold file", GoldStandard.Load);
        VerdictCollection? llm = settings.Imports.Length == 0 ? null
            : settings.Imports.Select(f => Load(f, "import", p => VerdictImporter.Read(p, keyMap))).Aggregate((a, b) => a.Merge(b));
        VerdictCollection heuristic;
        var failed = 0;
        if (settings.HeuristicFiles.Length > 0)
        {
            heuristic = settings.HeuristicFiles.Select(f => Load(f, "heuristic report", p => VerdictImporter.Read(p, label: "heuristic"))).Aggregate((a, b) => a.Merge(b));
        }
        else
        {
            var files = SelectPdfs(InputFiles.Expand(settings.Paths), llm);
            if (files.Count == 0) throw new UsageException(llm is null ? "no PDF found in the given paths" : "none of the given PDFs has imported LLM verdicts (check the ids or --key-map)");
            (heuristic, var live, failed) = Analyse(files, settings, liveLlm: llm is null, cancellationToken);
            llm ??= live;
        }
        foreach (var warning in heuristic.Warnings.Concat(llm!.Warnings).Take(20))
            Consoles.Error.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");

        var result = ComparisonBuilder.Build(heuristic, llm, gold, thresholds: settings.ThresholdList);
        if (result.Papers == 0) throw new UsageException("no paper is on both sides: the ids (file names) of the heuristic and LLM verdicts do not match");
        Write(result, settings);
        if (failed > 0) Consoles.Error.MarkupLineInterpolated($"[yellow]{failed} PDF(s) could not be analysed and were left out.[/]");
        return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>With imported verdicts, only the PDFs they cover (by id); all PDFs when some imported paper can only be matched by title.</summary>
    private static IReadOnlyList<string> SelectPdfs(IReadOnlyList<string> files, VerdictCollection? llm)
    {
        if (llm is null) return files;
        var ids = llm.Papers.Select(p => p.PaperId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byId = files.Where(f => ids.Contains(GoldStandard.PaperIdOf(f))).ToList();
        var unmatchedWithTitle = llm.Papers.Any(p => p.Title is not null && !byId.Any(f => GoldStandard.PaperIdOf(f).Equals(p.PaperId, StringComparison.OrdinalIgnoreCase)));
        return unmatchedWithTitle ? files : byId;
    }

    private static (VerdictCollection Heuristic, VerdictCollection Llm, int Failed) Analyse(IReadOnlyList<string> files, Settings settings, bool liveLlm, CancellationToken cancellationToken)
    {
        var recorder = new HeuristicReportRecorder();
        using var provider = EngineFactory.Create(settings, services => services.AddSingleton<IReportPostProcessor>(recorder));
        var analyzer = provider.Analyzer();
        foreach (var error in analyzer.Catalog.LoadErrors) Consoles.Error.MarkupLineInterpolated($"[yellow]plugin:[/] {error}");
        var reports = new ConcurrentBag<PaperReport>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        void Run(Action<PaperReport> done) => Parallel.ForEach(files, options, f => done(analyzer.AnalyzeFile(f, cancellationToken)));
        if (Console.IsErrorRedirected || files.Count == 1)
        {
            Run(reports.Add);
        }
        else
        {
            Consoles.Error.Progress().Start(ctx =>
            {
                var task = ctx.AddTask($"Analysing {files.Count} papers", maxValue: files.Count);
                Run(r => { reports.Add(r); task.Increment(1); });
            });
        }
        var ok = reports.Where(r => !r.Failed).OrderBy(r => r.Paper.File, StringComparer.Ordinal).ToList();
        foreach (var r in reports.Where(r => r.Failed))
            Consoles.Error.MarkupLineInterpolated($"[red]{r.Paper.File}:[/] {string.Join("; ", r.Diagnostics.Select(d => d.Message))}");
        var heuristic = new VerdictCollection("heuristic", ok.Select(r => PaperVerdicts.FromReport(recorder.For(r.Paper) ?? r)).ToList());
        var live = new VerdictCollection(liveLlm ? LiveLabel(settings) : "llm", liveLlm ? ok.Select(r => PaperVerdicts.FromReport(r, VerdictSources.Llm)).ToList() : []);
        if (liveLlm)
            foreach (var d in ok.SelectMany(r => r.Diagnostics.Where(d => d.Level == DiagnosticLevels.Warning && d.Id.StartsWith("RE02", StringComparison.Ordinal)).Select(d => $"{r.Paper.File}: {d.Message}")).Take(20))
                Consoles.Error.MarkupLineInterpolated($"[yellow]warning:[/] {d}");
        return (heuristic, live, reports.Count - ok.Count);
    }

    private static string LiveLabel(Settings settings) => settings.LlmModel is { Length: > 0 } model ? model : "llm";

    private static void Write(ComparisonResult result, Settings settings)
    {
        using var file = settings.Output is null ? null : new StreamWriter(settings.Output, append: false);
        var writer = ComparisonWriters.Create(settings.Format);
        if (writer is null)
        {
            var console = file is null ? AnsiConsole.Console : Consoles.ToWriter(file);
            new ComparisonConsoleWriter(console, settings.MaxDisagreements).Write(result);
            return;
        }
        var output = (TextWriter?)file ?? Console.Out;
        writer.Write(result, output);
        output.Flush();
    }

    private static T Load<T>(string path, string what, Func<string, T> load)
    {
        if (!File.Exists(path)) throw new UsageException($"{what} not found: {path}");
        try { return load(path); }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or IOException) { throw new UsageException($"{what} {path}: {e.Message}"); }
    }
}
