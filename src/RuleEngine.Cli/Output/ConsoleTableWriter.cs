using RuleEngine.Engine.Reporting;
using RuleEngine.Reports;
using Spectre.Console;

namespace RuleEngine.Cli.Output;

/// <summary>The default output for a person: one Spectre.Console table per paper, written as each paper finishes.</summary>
public sealed class ConsoleTableWriter(IAnsiConsole console) : IReportWriter
{
    public string Format => "table";

    public void Add(PaperReport report)
    {
        var title = report.Paper.Title is { Length: > 0 } t ? $"{report.Paper.File} — {t}" : report.Paper.File;
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        if (report.Variables.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("Variable").NoWrap());
            table.AddColumn("Verdict");
            table.AddColumn(new TableColumn("Conf.").RightAligned());
            table.AddColumn("Evidence");
            foreach (var v in report.Variables)
            {
                var colour = v.Verdict switch { "Yes" or "Experimental" => "green", "No" or "Theoretical" => "grey", _ => "blue" };
                var evidence = v.Evidence.Count == 0
                    ? $"[grey]{Markup.Escape(v.Rationale)}[/]"
                    : string.Join("\n", v.Evidence.Take(2).Select(e => $"p{e.Page}: \"{Markup.Escape(Shorten(e.Quote, 160))}\" [grey]({Markup.Escape(e.Rule)})[/]"));
                if (v.Flag is not null) evidence += $"\n[yellow]⚠ {Markup.Escape(v.Flag)}[/]";
                var source = v.Source == VerdictSources.Heuristic ? "" : $"\n[grey]({Markup.Escape(v.Source)})[/]";
                table.AddRow($"{Markup.Escape(v.Name)}\n[grey]{v.Id}[/]", $"[{colour}]{Markup.Escape(v.Verdict)}[/]{source}", $"{v.Confidence:0.00}", evidence);
            }
            console.Write(table);
        }
        foreach (var d in report.Diagnostics)
        {
            var colour = d.Level == DiagnosticLevels.Error ? "red" : "yellow";
            console.MarkupLine($"[{colour}]{d.Level} {d.Id}:[/] {Markup.Escape(d.Message)}");
        }
        console.MarkupLine($"[grey]{report.Paper.Pages} pages, {report.ElapsedMs} ms[/]");
        console.WriteLine();
    }

    public void Complete() { }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
