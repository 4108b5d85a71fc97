using System.Globalization;
using RuleEngine.Comparison.Analysis;
using Spectre.Console;
using static RuleEngine.Comparison.Output.EvidenceText;

namespace RuleEngine.Comparison.Output;

/// <summary>The comparison as Spectre.Console tables: agreement (with a bar), who was right, confusion matrices, disagreements.</summary>
public sealed class ComparisonConsoleWriter(IAnsiConsole console, int maxDisagreements = 25)
{
    public void Write(ComparisonResult r)
    {
        var h = Markup.Escape(r.HeuristicLabel);
        var l = Markup.Escape(r.LlmLabel);
        var agreement = new Table().Border(TableBorder.Rounded)
            .Title(Invariant($"[bold]{h} vs {l}[/]: {r.Papers} papers, overall agreement {Percent(r.OverallAgreement)}"));
        foreach (var c in new[] { "Variable", "Papers", "Agreement", "Cohen's κ", "Disagree", "" }) agreement.AddColumn(c);
        foreach (var a in r.Agreements)
        {
            var colour = a.Agreement >= 0.9 ? "green" : a.Agreement >= 0.75 ? "yellow" : "red";
            agreement.AddRow(a.Variable, Invariant($"{a.Papers}"), $"[{colour}]{Percent(a.Agreement)}[/]", Number(a.Kappa), Invariant($"{a.Disagreements}"), $"[{colour}]{new string('█', (int)Math.Round(a.Agreement * 20))}[/]");
        }
        console.Write(agreement);

        if (r.GoldWithoutOverlap)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(GoldText.NoOverlap(r))}[/]");
        }
        else if (r.Gold is { } gold)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Invariant($"Who was right (gold labels for {r.GoldPapers} papers)"));
            foreach (var c in new[] { "Variable", "Papers", $"{h} right", $"{l} right", "Both", "Neither", $"Only {h}", $"Only {l}" }) table.AddColumn(c);
            foreach (var g in gold)
            {
                var (hc, lc) = g.HeuristicRight > g.LlmRight ? ("green", "default") : g.LlmRight > g.HeuristicRight ? ("default", "green") : ("default", "default");
                table.AddRow(g.Variable, Invariant($"{g.Papers}"), Invariant($"[{hc}]{g.HeuristicRight} ({Percent(g.HeuristicAccuracy)})[/]"), Invariant($"[{lc}]{g.LlmRight} ({Percent(g.LlmAccuracy)})[/]"),
                    Invariant($"{g.BothRight}"), Invariant($"{g.NeitherRight}"), Invariant($"{g.OnlyHeuristicRight}"), Invariant($"{g.OnlyLlmRight}"));
            }
            console.Write(table);
        }
        if (r.Hybrid is { } sweep) WriteHybrid(sweep, r.HeuristicLabel, r.LlmLabel);

        console.MarkupLine($"[bold]Confusion matrices[/] (rows = {h}, columns = {l})");
        var grid = new Grid();
        var matrices = r.Agreements.Select(a =>
        {
            var m = new Table().Border(TableBorder.Simple).Title(Markup.Escape(a.Variable));
            m.AddColumn("");
            foreach (var label in a.Score.Labels) m.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
            for (var i = 0; i < a.Score.Labels.Count; i++) m.AddRow([Markup.Escape(a.Score.Labels[i]), .. a.Score.Confusion[i].Select(x => x.ToString(CultureInfo.InvariantCulture))]);
            return m;
        }).ToList();
        for (var i = 0; i < matrices.Count; i += 3)
        {
            var row = matrices.Skip(i).Take(3).ToList();
            while (grid.Columns.Count < row.Count) grid.AddColumn();
            grid.AddRow([.. row, .. Enumerable.Range(0, grid.Columns.Count - row.Count).Select(_ => new Text(""))]);
        }
        console.Write(grid);

        if (r.OnlyHeuristic.Count > 0 || r.OnlyLlm.Count > 0)
            console.MarkupLine(Invariant($"[grey]Not compared: {r.OnlyHeuristic.Count} paper(s) only on the {h} side, {r.OnlyLlm.Count} only on the {l} side.[/]"));
        if (r.Disagreements.Count == 0 || maxDisagreements <= 0) return;

        var list = new Table().Border(TableBorder.Rounded).Expand()
            .Title(Invariant($"Disagreements ({Math.Min(maxDisagreements, r.Disagreements.Count)} of {r.Disagreements.Count}; all in --format markdown/html/json)"));
        var hasGold = r.Gold is not null;
        list.AddColumn("Paper / variable");
        if (hasGold) list.AddColumn("Gold");
        list.AddColumn(h);
        list.AddColumn(l);
        foreach (var d in r.Disagreements.OrderBy(d => d.Variable, StringComparer.Ordinal).ThenBy(d => d.PaperId, StringComparer.Ordinal).Take(maxDisagreements))
        {
            var cells = new List<string> { $"{Markup.Escape(d.PaperId)}\n[grey]{Markup.Escape(d.Variable)}[/]" };
            if (hasGold) cells.Add(Markup.Escape(d.Gold ?? "–"));
            cells.Add($"[bold]{Markup.Escape(Verdict(d.Heuristic))}[/]\n[grey]{Markup.Escape(Of(d.Heuristic, 160, 1))}[/]");
            cells.Add($"[bold]{Markup.Escape(Verdict(d.Llm))}[/]\n[grey]{Markup.Escape(Of(d.Llm, 160, 1))}[/]");
            list.AddRow(cells.ToArray());
        }
        console.Write(list);
    }

    private void WriteHybrid(HybridSweep s, string heuristic, string llm)
    {
        var (h, l) = (Markup.Escape(heuristic), Markup.Escape(llm));
        var all = s.Overall;
        var overall = new Table().Border(TableBorder.Rounded).Title(Invariant($"Hybrid: {h} at or above the threshold, {l} below ({all.Verdicts} gold-labelled verdicts)"));
        foreach (var c in new[] { "Threshold", "Accuracy", $"From {l}", "" }) overall.AddColumn(new TableColumn(c).RightAligned());
        overall.AddRow($"{h} alone", Percent(all.HeuristicAccuracy), "0", "");
        foreach (var p in all.Points)
        {
            var best = p.Threshold == s.Best;
            overall.AddRow(best ? $"[bold]{GoldText.Threshold(p.Threshold)} (best)[/]" : GoldText.Threshold(p.Threshold),
                best ? $"[bold green]{Percent(all.Accuracy(p))}[/]" : Percent(all.Accuracy(p)),
                Invariant($"{p.FromLlm} ({Percent(all.LlmShare(p))})"), $"[blue]{new string('█', (int)Math.Round(all.Accuracy(p) * 20))}[/]");
        }
        overall.AddRow($"{l} alone", Percent(all.LlmAccuracy), Invariant($"{all.Verdicts} (100.0%)"), "");
        console.Write(overall);

        var perVariable = new Table().Border(TableBorder.Rounded).Title("Hybrid accuracy per variable (%), by threshold");
        perVariable.AddColumn("Variable");
        perVariable.AddColumn(new TableColumn("n").RightAligned());
        perVariable.AddColumn(new TableColumn(h).RightAligned());
        foreach (var t in s.Thresholds) perVariable.AddColumn(new TableColumn(t == s.Best ? $"[bold]{GoldText.Threshold(t)}[/]" : GoldText.Threshold(t)).RightAligned());
        perVariable.AddColumn(new TableColumn(l).RightAligned());
        foreach (var row in s.Variables)
        {
            var top = row.Points.Max(p => p.Right);
            perVariable.AddRow([Markup.Escape(row.Variable), Invariant($"{row.Verdicts}"), Short(row.HeuristicAccuracy),
                .. row.Points.Select(p => p.Right == top && top > Math.Max(row.HeuristicRight, row.LlmRight) ? $"[green]{Short(row.Accuracy(p))}[/]" : Short(row.Accuracy(p))),
                Short(row.LlmAccuracy)]);
        }
        console.Write(perVariable);
        console.MarkupLine($"[grey]{Markup.Escape(GoldText.Explain(heuristic, llm))}[/]");
        console.MarkupLine(Markup.Escape(GoldText.Best(s, heuristic, llm)));
    }

    private static string Short(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
