using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Analysis;

/// <summary>
/// What an LLM fallback would buy, measured against gold labels: for each confidence threshold, the
/// <em>hybrid</em> keeps the heuristic verdict when its confidence is at or above the threshold and takes
/// the LLM's below it (a heuristic verdict without a confidence counts as below every threshold). Scored
/// over the papers where both sides gave a verdict and the gold file has a label — the same papers as
/// <see cref="GoldTally"/> — so a user can pick a threshold before paying for calls.
/// </summary>
/// <param name="Thresholds">The thresholds swept, ascending.</param>
/// <param name="Variables">One row per variable that has at least one gold-labelled pair.</param>
/// <param name="Overall">All variables' verdicts together.</param>
public sealed record HybridSweep(IReadOnlyList<double> Thresholds, IReadOnlyList<HybridRow> Variables, HybridRow Overall)
{
    /// <summary>0.50, 0.55, …, 0.95.</summary>
    public static IReadOnlyList<double> DefaultThresholds { get; } = Enumerable.Range(0, 10).Select(i => Math.Round(0.5 + 0.05 * i, 2)).ToList();

    /// <summary>The threshold with the best overall accuracy; on a tie the lowest (fewest verdicts handed to the LLM).</summary>
    public double Best => Thresholds.Select((t, i) => (t, Overall.Points[i])).OrderByDescending(x => x.Item2.Right).ThenBy(x => x.t).First().t;

    /// <summary>Sweeps <paramref name="thresholds"/> over the gold-labelled pairs; null when no pair has a gold label.</summary>
    public static HybridSweep? Compute(IEnumerable<(string Variable, string Gold, VariableVerdict Heuristic, VariableVerdict Llm)> labelled, IReadOnlyList<double>? thresholds = null)
    {
        var ts = (thresholds ?? DefaultThresholds).Distinct().Order().ToList();
        var rows = labelled.ToList();
        if (rows.Count == 0) return null;
        var variables = rows.Select(r => r.Variable).Distinct(StringComparer.Ordinal)
            .Select(v => Row(v, rows.Where(r => r.Variable == v).ToList(), ts)).ToList();
        return new HybridSweep(ts, variables, Row("all", rows, ts));
    }

    private static HybridRow Row(string variable, IReadOnlyList<(string Variable, string Gold, VariableVerdict Heuristic, VariableVerdict Llm)> rows, IReadOnlyList<double> thresholds) => new(
        variable,
        rows.Count,
        rows.Count(r => r.Heuristic.Verdict == r.Gold),
        rows.Count(r => r.Llm.Verdict == r.Gold),
        thresholds.Select(t =>
        {
            int right = 0, fromLlm = 0;
            foreach (var (_, gold, h, l) in rows)
            {
                var useLlm = (h.Confidence ?? double.NegativeInfinity) < t;
                if (useLlm) fromLlm++;
                if ((useLlm ? l : h).Verdict == gold) right++;
            }
            return new HybridPoint(t, right, fromLlm);
        }).ToList());
}

/// <summary>One variable (or "all") of a <see cref="HybridSweep"/>: each side alone, then one point per threshold.</summary>
/// <param name="Verdicts">Gold-labelled pairs scored.</param>
public sealed record HybridRow(string Variable, int Verdicts, int HeuristicRight, int LlmRight, IReadOnlyList<HybridPoint> Points)
{
    public double HeuristicAccuracy => Verdicts == 0 ? 0 : (double)HeuristicRight / Verdicts;
    public double LlmAccuracy => Verdicts == 0 ? 0 : (double)LlmRight / Verdicts;
    public double Accuracy(HybridPoint p) => Verdicts == 0 ? 0 : (double)p.Right / Verdicts;
    public double LlmShare(HybridPoint p) => Verdicts == 0 ? 0 : (double)p.FromLlm / Verdicts;
}

/// <summary>The hybrid at one threshold: verdicts matching gold, and verdicts taken from the LLM (= calls a live fallback would make).</summary>
public sealed record HybridPoint(double Threshold, int Right, int FromLlm);
