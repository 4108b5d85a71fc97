using RuleEngine.Engine.Evaluation;
using Spectre.Console;

namespace RuleEngine.Cli.Output;

/// <summary>Renders an evaluation: per-variable scores, confusion matrices, calibration and misses.</summary>
public static class EvaluationPrinter
{
    public static void Print(IAnsiConsole console, EvaluationResult result, bool listMisses)
    {
        var scores = new Table().Border(TableBorder.Rounded).Title($"Scores on {result.Papers} labelled papers");
        foreach (var c in new[] { "Variable", "N", "Accuracy", "Macro-F1", "Kappa", "Per class P / R / F1" }) scores.AddColumn(c);
        foreach (var s in result.Scores)
        {
            var colour = s.Accuracy >= 0.93 ? "green" : s.Accuracy >= 0.85 ? "yellow" : "red";
            scores.AddRow(s.Variable, s.Count.ToString(), $"[{colour}]{s.Accuracy:0.000}[/]", $"{s.MacroF1:0.000}", $"{s.Kappa:0.000}",
                string.Join("\n", s.Classes.Select(c => $"{c.Label} ({c.Support}): {c.Precision:0.00} / {c.Recall:0.00} / {c.F1:0.00}")));
        }
        scores.AddRow("[bold]mean[/]", "", $"[bold]{result.MeanAccuracy:0.000}[/]", $"[bold]{result.MeanMacroF1:0.000}[/]", "", "");
        console.Write(scores);

        var grid = new Grid();
        foreach (var s in result.Scores) grid.AddColumn();
        console.MarkupLine("[bold]Confusion matrices[/] (rows = gold, columns = predicted)");
        foreach (var s in result.Scores)
        {
            var m = new Table().Border(TableBorder.Simple).Title(s.Variable);
            m.AddColumn("gold \\ predicted");
            foreach (var l in s.Labels) m.AddColumn(l);
            for (var r = 0; r < s.Labels.Count; r++) m.AddRow([s.Labels[r], .. s.Confusion[r].Select(x => x.ToString())]);
            console.Write(m);
        }

        var cal = new Table().Border(TableBorder.Rounded).Title("Calibration (all variables)");
        foreach (var c in new[] { "Confidence", "Verdicts", "Right", "Accuracy" }) cal.AddColumn(c);
        foreach (var b in result.Calibration.Where(b => b.Count > 0))
            cal.AddRow(Markup.Escape($"[{b.From:0.00}, {b.To:0.00})"), b.Count.ToString(), b.Correct.ToString(), $"{b.Accuracy:0.000}");
        console.Write(cal);

        if (result.MissingPapers.Count > 0)
            console.MarkupLineInterpolated($"[yellow]{result.MissingPapers.Count} gold papers were not among the inputs.[/]");

        if (!listMisses || result.Misses.Count == 0) return;
        console.MarkupLine($"[bold]Misses ({result.Misses.Count})[/]");
        foreach (var miss in result.Misses.OrderBy(m => m.Variable).ThenBy(m => m.Paper))
        {
            console.MarkupLineInterpolated($"[bold]{miss.Variable}[/] {miss.Paper}: gold [green]{miss.Gold}[/], predicted [red]{miss.Predicted}[/] ({miss.Confidence:0.00}) — {miss.Rationale}");
            foreach (var e in miss.Evidence.Take(3))
                console.MarkupLineInterpolated($"    [grey]p{e.Page} {e.Rule}:[/] \"{(e.Quote.Length > 200 ? e.Quote[..200] + "…" : e.Quote)}\"");
        }
    }
}
