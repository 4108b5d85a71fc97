using System.ComponentModel;
using System.Text.Json;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary><c>ruleengine eval --gold FILE.tsv PDFS...</c>: scores the detectors against gold labels.</summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : EngineCommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("PDF files and/or folders; only papers with a gold row are scored.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-g|--gold <FILE>")]
        [Description("Gold labels: TSV with a header 'id' + variable keys (like corpus/labels/dev.tsv).")]
        public string Gold { get; init; } = "";

        [CommandOption("--json <FILE>")]
        [Description("Also write scores, confusion matrices, calibration and misses as JSON.")]
        public string? Json { get; init; }

        [CommandOption("--no-misses")]
        [Description("Do not list the misses.")]
        public bool NoMisses { get; init; }

        [CommandOption("--min-accuracy <X>")]
        [Description("Exit with code 3 when any variable's accuracy is below X (e.g. 0.93).")]
        public double? MinAccuracy { get; init; }

        [CommandOption("--min-macro-f1 <X>")]
        [Description("Exit with code 3 when the mean macro-F1 is below X.")]
        public double? MinMacroF1 { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Papers analysed in parallel (default: number of cores).")]
        public int? Jobs { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gold) ? ValidationResult.Error("--gold FILE is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Gold)) throw new UsageException($"gold file not found: {settings.Gold}");
        GoldStandard gold;
        try { gold = GoldStandard.Load(settings.Gold); }
        catch (FormatException e) { throw new UsageException(e.Message); }
        var files = InputFiles.Expand(settings.Paths).Where(f => gold.TryGet(GoldStandard.PaperIdOf(f), out _)).ToList();
        if (files.Count == 0) throw new UsageException("none of the given PDFs has a row in the gold file");

        using var provider = EngineFactory.Create(settings);
        var analyzer = provider.Analyzer();
        var reports = new System.Collections.Concurrent.ConcurrentBag<PaperReport>();
        Consoles.Error.Progress().Start(ctx =>
        {
            var task = ctx.AddTask($"Analysing {files.Count} labelled papers", maxValue: files.Count);
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs ?? Environment.ProcessorCount, CancellationToken = cancellationToken },
                f => { reports.Add(analyzer.AnalyzeFile(f, cancellationToken)); task.Increment(1); });
        });

        var result = Evaluator.Evaluate(reports.OrderBy(r => r.Paper.File, StringComparer.Ordinal), gold);
        EvaluationPrinter.Print(AnsiConsole.Console, result, !settings.NoMisses);
        if (settings.Json is not null)
            File.WriteAllText(settings.Json, JsonSerializer.Serialize(result, ReportJson.Options));

        var below = (settings.MinAccuracy is { } minAcc && result.Scores.Any(s => s.Accuracy < minAcc))
                    || (settings.MinMacroF1 is { } minF1 && result.MeanMacroF1 < minF1);
        return below ? ExitCodes.BelowBar : ExitCodes.Success;
    }
}
