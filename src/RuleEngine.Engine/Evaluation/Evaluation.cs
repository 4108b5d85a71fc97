using RuleEngine.Engine.Reporting;

namespace RuleEngine.Engine.Evaluation;

/// <summary>A verdict that disagrees with the gold label, with what the detector cited or looked for.</summary>
public sealed record Miss(string Paper, string Variable, string Gold, string Predicted, double Confidence, string Rationale, IReadOnlyList<EvidenceEntry> Evidence);

/// <summary>One confidence band: how many verdicts fell in it and how many were right.</summary>
public sealed record CalibrationBin(double From, double To, int Count, int Correct)
{
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;
}

/// <summary>Per-variable scores against gold labels, the misses and the calibration table.</summary>
public sealed record EvaluationResult(
    int Papers,
    IReadOnlyList<VariableScore> Scores,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<string> MissingPapers)
{
    public double MeanMacroF1 => Scores.Count == 0 ? 0 : Scores.Average(s => s.MacroF1);
    public double MeanAccuracy => Scores.Count == 0 ? 0 : Scores.Average(s => s.Accuracy);
}

/// <summary>Scores reports against a gold standard.</summary>
public static class Evaluator
{
    public static readonly double[] CalibrationEdges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

    /// <summary>The predicted value recorded when a detector gave no verdict for a paper (it threw or timed out): always a miss.</summary>
    public const string NoVerdict = "(none)";

    public static EvaluationResult Evaluate(IEnumerable<PaperReport> reports, GoldStandard gold)
    {
        var reportList = reports.ToList();
        var runVariables = reportList.SelectMany(r => r.Variables).Select(v => v.Variable).ToHashSet(StringComparer.Ordinal);
        var pairs = gold.Variables.ToDictionary(v => v, _ => new List<(string, string)>(), StringComparer.Ordinal);
        var misses = new List<Miss>();
        var bins = new int[CalibrationEdges.Length - 1, 2];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var papers = 0;
        foreach (var report in reportList)
        {
            var id = GoldStandard.PaperIdOf(report.Paper.File);
            if (!gold.TryGet(id, out var labels)) continue;
            seen.Add(id);
            papers++;
            foreach (var result in report.Variables)
            {
                if (!labels.TryGetValue(result.Variable, out var expected) || !pairs.TryGetValue(result.Variable, out var list)) continue;
                list.Add((expected, result.Verdict));
                var right = expected == result.Verdict;
                var bin = Array.FindLastIndex(CalibrationEdges, e => e <= result.Confidence);
                bin = Math.Clamp(bin, 0, CalibrationEdges.Length - 2);
                bins[bin, 0]++;
                if (right) bins[bin, 1]++;
                if (!right) misses.Add(new Miss(id, result.Variable, expected, result.Verdict, result.Confidence, result.Rationale, result.Evidence));
            }
            foreach (var variable in runVariables.Where(v => report.Variables.All(r => r.Variable != v)))
            {
                if (!labels.TryGetValue(variable, out var expected) || !pairs.TryGetValue(variable, out var list)) continue;
                list.Add((expected, NoVerdict));
                var why = string.Join("; ", report.Diagnostics.Select(d => $"{d.Id} {d.Message}"));
                misses.Add(new Miss(id, variable, expected, NoVerdict, 0, why.Length > 0 ? why : "no verdict", []));
            }
        }
        var scores = pairs.Where(kv => kv.Value.Count > 0).Select(kv => VariableScore.Compute(kv.Key, kv.Value)).ToList();
        var calibration = Enumerable.Range(0, CalibrationEdges.Length - 1)
            .Select(i => new CalibrationBin(CalibrationEdges[i], Math.Min(1, CalibrationEdges[i + 1]), bins[i, 0], bins[i, 1])).ToList();
        var missing = gold.PaperIds.Where(id => !seen.Contains(id)).OrderBy(x => x, StringComparer.Ordinal).ToList();
        return new EvaluationResult(papers, scores, misses, calibration, missing);
    }
}
