using RuleEngine.Comparison.Import;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Evaluation;

namespace RuleEngine.Comparison.Analysis;

/// <summary>Compares two sides: agreement per variable, the disagreements, and with gold labels who was right.</summary>
public static class ComparisonBuilder
{
    public static ComparisonResult Build(VerdictCollection heuristic, VerdictCollection llm, GoldStandard? gold = null, VariableNames? names = null, IReadOnlyList<double>? thresholds = null)
    {
        names ??= VariableNames.Default;
        var (pairs, onlyHeuristic, onlyLlm) = PaperMatcher.Match(heuristic, llm);
        var variables = pairs.SelectMany(p => p.Heuristic.Variables.Keys.Intersect(p.Llm.Variables.Keys))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(names.IndexOf).ThenBy(v => v, StringComparer.Ordinal)
            .ToList();

        var agreements = new List<VariableAgreement>();
        var disagreements = new List<Disagreement>();
        var tallies = gold is null ? null : new List<GoldTally>();
        var labelled = new List<(string, string, VariableVerdict, VariableVerdict)>();
        foreach (var variable in variables)
        {
            var both = pairs
                .Where(p => p.Heuristic.Variables.ContainsKey(variable) && p.Llm.Variables.ContainsKey(variable))
                .Select(p => (Pair: p, H: p.Heuristic.Variables[variable], L: p.Llm.Variables[variable]))
                .ToList();
            var labelOrder = both.SelectMany(x => new[] { x.H.Verdict, x.L.Verdict }).Distinct().Order(StringComparer.Ordinal);
            agreements.Add(new VariableAgreement(variable, VariableScore.Compute(variable, both.Select(x => (x.H.Verdict, x.L.Verdict)).ToList(), labelOrder)));
            foreach (var (pair, h, l) in both.Where(x => x.H.Verdict != x.L.Verdict))
                disagreements.Add(new Disagreement(pair.PaperId, pair.Title, variable, h, l, GoldLabel(gold, pair.PaperId, variable)));
            if (tallies is not null) tallies.Add(Tally(variable, both.Select(x => (GoldLabel(gold, x.Pair.PaperId, variable), x.H.Verdict, x.L.Verdict))));
            foreach (var (pair, h, l) in both)
                if (GoldLabel(gold, pair.PaperId, variable) is { } label) labelled.Add((variable, label, h, l));
        }
        var goldPapers = gold is null ? 0 : pairs.Count(p => gold.TryGet(p.PaperId, out _));
        return new ComparisonResult(heuristic.Label, llm.Label, pairs.Count, agreements, disagreements, tallies, goldPapers, onlyHeuristic, onlyLlm)
        {
            Hybrid = HybridSweep.Compute(labelled, thresholds),
        };
    }

    private static string? GoldLabel(GoldStandard? gold, string paperId, string variable) =>
        gold is not null && gold.TryGet(paperId, out var labels) && labels.TryGetValue(variable, out var label) ? label : null;

    private static GoldTally Tally(string variable, IEnumerable<(string? Gold, string Heuristic, string Llm)> rows)
    {
        int n = 0, h = 0, l = 0, both = 0, neither = 0;
        foreach (var (g, hv, lv) in rows)
        {
            if (g is null) continue;
            n++;
            var hr = hv == g;
            var lr = lv == g;
            if (hr) h++;
            if (lr) l++;
            if (hr && lr) both++;
            if (!hr && !lr) neither++;
        }
        return new GoldTally(variable, n, h, l, both, neither);
    }
}
