using RuleEngine.Cli.Commands;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("ruleengine");
    config.SetApplicationVersion(Contexts.ToolVersion);
    config.AddCommand<AnalyzeCommand>("analyze")
        .WithDescription("Decide the reproducibility variables of PDFs (files or folders), with verbatim evidence.")
        .WithExample("analyze", "samples/sample-paper.pdf")
        .WithExample("analyze", "papers/", "--format", "jsonl", "--output", "results.jsonl")
        .WithExample("analyze", "paper.pdf", "--format", "sarif", "--variables", "RV0004,RV0007");
    config.AddCommand<RulesCommand>("rules")
        .WithDescription("List the variables and their rules, with IDs, titles and whether they are enabled.")
        .WithExample("rules", "--config", "my.globalconfig");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score the detectors against gold labels: accuracy, P/R/F1, kappa, confusion, calibration, misses.")
        .WithExample("eval", "--gold", "../shared/corpus/labels/dev.tsv", "../shared/corpus/pdf/");
    config.SetExceptionHandler((exception, _) =>
    {
        switch (exception)
        {
            case UsageException usage:
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {usage.Message}");
                return ExitCodes.UsageError;
            case CommandAppException cli:
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {cli.Message}");
                return ExitCodes.UsageError;
            case OperationCanceledException:
                Consoles.Error.MarkupLine("[yellow]cancelled[/]");
                return ExitCodes.InputFailed;
            default:
                Consoles.Error.MarkupLineInterpolated($"[red]internal error:[/] {exception.GetType().Name}: {exception.Message} (please report this)");
                return ExitCodes.InternalError;
        }
    });
});

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return app.Run(args, cancel.Token);
