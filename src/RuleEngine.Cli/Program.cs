using RuleEngine.Cli.Commands;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

// Redirected output has no terminal width: honour COLUMNS (as other Unix tools do) instead of Spectre's 80.
if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40)
{
    if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = columns;
    if (Console.IsErrorRedirected) Consoles.Error.Profile.Width = columns;
}

var app = new CommandApp();
var commands = new KnownCommands();
var hints = new UsageHints(commands);
app.Configure(config =>
{
    config.SetApplicationName("ruleengine");
    // Strict: an unknown option is an error (exit 2), never silently ignored or fed the next argument.
    config.UseStrictParsing();
    config.SetApplicationVersion(Contexts.ToolVersion);
    commands.Add<AnalyzeCommand>(config, "analyze")
        .WithDescription("Decide the reproducibility variables of PDFs (files or folders), with verbatim evidence.")
        .WithExample("analyze", "samples/sample-paper.pdf")
        .WithExample("analyze", "papers/", "--format", "jsonl", "--output", "results.jsonl")
        .WithExample("analyze", "papers/", "-o", "results.csv")
        .WithExample("analyze", "'corpus/**/*.pdf'", "--from-file", "more-papers.txt", "-f", "tsv")
        .WithExample("analyze", "papers/", "-o", "results.db", "--set", "RV0008.enabled=false")
        .WithExample("analyze", "paper.pdf", "--format", "sarif", "--variables", "RV0004,RV0007");
    commands.Add<RulesCommand>(config, "rules")
        .WithDescription("List the variables and their rules, with IDs, titles and whether they are enabled.")
        .WithExample("rules", "--config", "my.globalconfig");
    commands.Add<EvalCommand>(config, "eval")
        .WithDescription("Score the detectors against gold labels: accuracy, P/R/F1, kappa, confusion, calibration, misses.")
        .WithExample("eval", "--gold", "../shared/corpus/labels/dev.tsv", "../shared/corpus/pdf/");
    commands.Add<CompareCommand>(config, "compare")
        .WithDescription("Put heuristic and LLM verdicts side by side: agreement, kappa, confusion, disagreements, and who matched gold.")
        .WithExample("compare", "--import", "../shared/corpus/llm/gemini-2.5-flash.raw.json", "--key-map", "../shared/corpus/llm/raw-key-map.tsv", "../shared/corpus/pdf/")
        .WithExample("compare", "--llm", "always", "--llm-model", "gpt-4o-mini", "paper.pdf", "--format", "html", "--output", "compare.html");
    commands.Add<BenchCommand>(config, "bench")
        .WithDescription("Where the time goes (per stage, per detector); whole-process time against pdftotext, papers/s per core and peak RSS. Run it under taskset -c 0.")
        .WithExample("bench", "../shared/corpus/pdf/", "-n", "24");
    commands.Add<InspectCommand>(config, "inspect")
        .WithDescription("Print the document model detectors see (title block, sections, floats, links, sentences) to debug a rule.")
        .WithExample("inspect", "samples/sample-paper.pdf", "--show", "sections,floats")
        .WithExample("inspect", "paper.pdf", "--grep", "train|test|validation");
    commands.Add<SummarizeCommand>(config, "summarize")
        .WithDescription("Corpus-level prevalence per variable (share of Yes) from a results file, by folder or metadata column, as a table and a chart.")
        .WithExample("summarize", "results.jsonl", "--chart", "prevalence.svg")
        .WithExample("summarize", "results.jsonl", "--metadata", "papers.csv", "--by", "venue")
        .WithExample("summarize", "results.db", "--by", "folder", "-f", "csv", "-o", "prevalence.csv");
    commands.Add<NewPluginCommand>(config, "new-plugin").WithDescription("Scaffold a variable plugin and its test project (same files as `dotnet new ruleengine-plugin`).").WithExample("new-plugin", "Acme.Plugins.RandomSeeds", "--id", "RV0123", "--output", "../my-plugin");
    config.SetExceptionHandler((exception, _) =>
    {
        switch (exception)
        {
            case UsageException usage:
                Consoles.WriteError(usage.Message);
                return ExitCodes.UsageError;
            case CommandAppException cli:
                Consoles.WriteError(hints.Describe(cli.Message, args));
                return ExitCodes.UsageError;
            case var cancelled when Interruption.IsCancellation(cancelled):
                Consoles.Error.MarkupLine("[yellow]interrupted[/]");
                return ExitCodes.Interrupted;
            default:
                Consoles.Error.MarkupLineInterpolated($"[red]internal error:[/] {exception.GetType().Name}: {exception.Message} (please report this)");
                return ExitCodes.InternalError;
        }
    });
});

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return app.Run(PathList.ForParser(args), cancel.Token);
