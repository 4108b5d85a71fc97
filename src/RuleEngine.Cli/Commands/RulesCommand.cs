using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary><c>ruleengine rules</c>: lists variables and their rules, with IDs, titles and whether this configuration enables them.</summary>
public sealed class RulesCommand : Command<EngineCommandSettings>
{
    public override int Execute(CommandContext context, EngineCommandSettings settings, CancellationToken cancellationToken)
    {
        using var provider = EngineFactory.Create(settings);
        var catalog = provider.Analyzer().Catalog;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("ID");
        table.AddColumn("Title");
        table.AddColumn("Verdicts / origin");
        table.AddColumn("Enabled");
        foreach (var entry in catalog.Entries)
        {
            var v = entry.Detector.Variable;
            var origin = entry.Origin == "built-in" ? "built-in" : Path.GetFileName(entry.Origin);
            table.AddRow($"[bold]{v.Id}[/]", $"[bold]{Markup.Escape(v.Title)}[/] [grey]({v.Key})[/]",
                $"{string.Join(" | ", v.AllowedVerdicts)}\n[grey]{Markup.Escape(origin)}[/]", entry.Enabled ? "[green]yes[/]" : "[grey]no[/]");
            foreach (var rule in entry.Detector.SupportedRules)
            {
                var enabled = entry.Enabled && catalog.IsRuleEnabled(rule);
                table.AddRow($"  {Markup.Escape(rule.Id)}", Markup.Escape(rule.Title), $"[grey]{Markup.Escape(rule.HelpLinkUri)}[/]", enabled ? "[green]yes[/]" : "[grey]no[/]");
            }
        }
        AnsiConsole.Write(table);
        foreach (var error in catalog.LoadErrors) Consoles.Error.MarkupLineInterpolated($"[yellow]plugin:[/] {error}");
        return ExitCodes.Success;
    }
}
