using System.Globalization;
using RuleEngine.Comparison.Analysis;
using static RuleEngine.Comparison.Output.EvidenceText;

namespace RuleEngine.Comparison.Output;

/// <summary>Sentences the writers share about the gold labels and the hybrid sweep.</summary>
public static class GoldText
{
    /// <summary>Said instead of drawing zeros when gold labels were given but none covers a compared paper.</summary>
    public static string NoOverlap(ComparisonResult r) => string.Create(CultureInfo.InvariantCulture,
        $"No compared paper has a gold label: none of the {r.Papers} paper ids on both sides (PDF file names without .pdf) is a row of the gold file with a label for a compared variable, so who was right and the hybrid sweep cannot be scored.");

    /// <summary>"Best overall: …" — the threshold to pick, with each side alone for reference.</summary>
    public static string Best(HybridSweep s, string heuristic, string llm)
    {
        var i = s.Thresholds.ToList().IndexOf(s.Best);
        var p = s.Overall.Points[i];
        return string.Create(CultureInfo.InvariantCulture,
            $"Best overall: threshold {s.Best:0.00} — {Percent(s.Overall.Accuracy(p))} with {p.FromLlm} of {s.Overall.Verdicts} verdicts ({Percent(s.Overall.LlmShare(p))}) from {llm}; {heuristic} alone {Percent(s.Overall.HeuristicAccuracy)}, {llm} alone {Percent(s.Overall.LlmAccuracy)}.");
    }

    /// <summary>What the sweep is, in one sentence.</summary>
    public static string Explain(string heuristic, string llm) =>
        $"Hybrid: the {heuristic} verdict where its confidence is at or above the threshold, the {llm} verdict below it; accuracy against the gold labels on the papers both sides cover. \"from {llm}\" = verdicts the LLM would be asked for.";

    public static string Threshold(double t) => t.ToString("0.00", CultureInfo.InvariantCulture);
}
