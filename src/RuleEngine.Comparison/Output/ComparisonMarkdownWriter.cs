using System.Globalization;
using RuleEngine.Comparison.Analysis;
using static RuleEngine.Comparison.Output.EvidenceText;

namespace RuleEngine.Comparison.Output;

/// <summary>The comparison as GitHub-flavoured Markdown: agreement, who was right, confusion matrices, disagreements side by side.</summary>
public sealed class ComparisonMarkdownWriter : IComparisonWriter
{
    public void Write(ComparisonResult r, TextWriter o)
    {
        o.WriteLine($"# {Cell(r.HeuristicLabel)} vs {Cell(r.LlmLabel)}");
        o.WriteLine();
        o.WriteLine(Invariant($"{r.Papers} papers on both sides; overall agreement {Percent(r.OverallAgreement)}."));
        if (r.OnlyHeuristic.Count > 0 || r.OnlyLlm.Count > 0)
            o.WriteLine(Invariant($"Not compared: {r.OnlyHeuristic.Count} paper(s) only on the {Cell(r.HeuristicLabel)} side, {r.OnlyLlm.Count} only on the {Cell(r.LlmLabel)} side."));
        o.WriteLine();
        o.WriteLine("## Agreement per variable");
        o.WriteLine();
        o.WriteLine("| Variable | Papers | Agreement | Cohen's κ | Disagreements |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var a in r.Agreements)
            o.WriteLine(Invariant($"| {a.Variable} | {a.Papers} | {Percent(a.Agreement)} | {Number(a.Kappa)} | {a.Disagreements} |"));
        o.WriteLine(Invariant($"| **all** | {r.Agreements.Sum(a => a.Papers)} | **{Percent(r.OverallAgreement)}** | | {r.Agreements.Sum(a => a.Disagreements)} |"));

        if (r.GoldWithoutOverlap)
        {
            o.WriteLine();
            o.WriteLine("## Who was right");
            o.WriteLine();
            o.WriteLine(GoldText.NoOverlap(r));
        }
        else if (r.Gold is { } gold)
        {
            o.WriteLine();
            o.WriteLine(Invariant($"## Who was right (gold labels for {r.GoldPapers} of the papers)"));
            o.WriteLine();
            o.WriteLine($"| Variable | Papers | {Cell(r.HeuristicLabel)} right | {Cell(r.LlmLabel)} right | Both | Neither | Only {Cell(r.HeuristicLabel)} | Only {Cell(r.LlmLabel)} |");
            o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var g in gold)
                o.WriteLine(Invariant($"| {g.Variable} | {g.Papers} | {g.HeuristicRight} ({Percent(g.HeuristicAccuracy)}) | {g.LlmRight} ({Percent(g.LlmAccuracy)}) | {g.BothRight} | {g.NeitherRight} | {g.OnlyHeuristicRight} | {g.OnlyLlmRight} |"));
        }

        if (r.Hybrid is { } sweep)
        {
            var (h, l) = (Cell(r.HeuristicLabel), Cell(r.LlmLabel));
            o.WriteLine();
            o.WriteLine(Invariant($"## Hybrid: {h} at or above a confidence threshold, {l} below ({sweep.Overall.Verdicts} gold-labelled verdicts)"));
            o.WriteLine();
            o.WriteLine(GoldText.Explain(h, l));
            o.WriteLine();
            o.WriteLine($"| Variable | n | {h} | {string.Join(" | ", sweep.Thresholds.Select(t => t == sweep.Best ? $"**{GoldText.Threshold(t)}**" : GoldText.Threshold(t)))} | {l} |");
            o.WriteLine($"|---|---:|---:|{string.Concat(sweep.Thresholds.Select(_ => "---:|"))}---:|");
            foreach (var row in sweep.Variables.Append(sweep.Overall))
                o.WriteLine(Invariant($"| {(row == sweep.Overall ? "**all**" : row.Variable)} | {row.Verdicts} | {Percent(row.HeuristicAccuracy)} | {string.Join(" | ", row.Points.Select(p => Percent(row.Accuracy(p))))} | {Percent(row.LlmAccuracy)} |"));
            o.WriteLine($"| from {l} | | 0.0% | {string.Join(" | ", sweep.Overall.Points.Select(p => Percent(sweep.Overall.LlmShare(p))))} | 100.0% |");
            o.WriteLine();
            o.WriteLine(GoldText.Best(sweep, h, l));
        }

        o.WriteLine();
        o.WriteLine($"## Confusion matrices (rows = {Cell(r.HeuristicLabel)}, columns = {Cell(r.LlmLabel)})");
        foreach (var a in r.Agreements)
        {
            o.WriteLine();
            o.WriteLine($"**{a.Variable}**");
            o.WriteLine();
            o.WriteLine($"| {Cell(r.HeuristicLabel)} \\ {Cell(r.LlmLabel)} | {string.Join(" | ", a.Score.Labels)} |");
            o.WriteLine($"|---|{string.Concat(a.Score.Labels.Select(_ => "---:|"))}");
            for (var i = 0; i < a.Score.Labels.Count; i++)
                o.WriteLine($"| {a.Score.Labels[i]} | {string.Join(" | ", a.Score.Confusion[i].Select(x => x.ToString(CultureInfo.InvariantCulture)))} |");
        }

        o.WriteLine();
        o.WriteLine(Invariant($"## Disagreements ({r.Disagreements.Count})"));
        o.WriteLine();
        if (r.Disagreements.Count == 0) { o.WriteLine("None."); return; }
        var hasGold = r.Gold is not null;
        o.WriteLine($"| Paper | Variable |{(hasGold ? " Gold |" : "")} {Cell(r.HeuristicLabel)} | {Cell(r.HeuristicLabel)} evidence | {Cell(r.LlmLabel)} | {Cell(r.LlmLabel)} evidence |");
        o.WriteLine($"|---|---|{(hasGold ? "---|" : "")}---|---|---|---|");
        foreach (var d in r.Disagreements.OrderBy(d => d.Variable, StringComparer.Ordinal).ThenBy(d => d.PaperId, StringComparer.Ordinal))
            o.WriteLine($"| {Cell(d.PaperId)} | {d.Variable} |{(hasGold ? $" {Cell(d.Gold ?? "–")} |" : "")} {Cell(Verdict(d.Heuristic))} | {Cell(Of(d.Heuristic))} | {Cell(Verdict(d.Llm))} | {Cell(Of(d.Llm))} |");
    }

    private static string Cell(string s) => OneLine(s).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
