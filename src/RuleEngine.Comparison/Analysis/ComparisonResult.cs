namespace RuleEngine.Comparison.Analysis;

/// <summary>Everything <c>ruleengine compare</c> reports.</summary>
/// <param name="HeuristicLabel">Name of the heuristic side (e.g. "heuristic").</param>
/// <param name="LlmLabel">Name of the LLM side (e.g. "gemini-2.5-flash").</param>
/// <param name="Papers">Papers present on both sides.</param>
/// <param name="Gold">Per-variable gold tallies, or null without <c>--gold</c>.</param>
/// <param name="GoldPapers">Compared papers that have a gold row.</param>
public sealed record ComparisonResult(
    string HeuristicLabel,
    string LlmLabel,
    int Papers,
    IReadOnlyList<VariableAgreement> Agreements,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<GoldTally>? Gold,
    int GoldPapers,
    IReadOnlyList<string> OnlyHeuristic,
    IReadOnlyList<string> OnlyLlm)
{
    /// <summary>The heuristics-above-a-threshold, LLM-below hybrid per threshold; null without gold labels or without overlap.</summary>
    public HybridSweep? Hybrid { get; init; }

    /// <summary>Gold labels were given but no compared paper (and variable) has one: nothing can be scored against them.</summary>
    public bool GoldWithoutOverlap => Gold is not null && Gold.All(g => g.Papers == 0);

    /// <summary>Agreement over all variables' verdicts together.</summary>
    public double OverallAgreement
    {
        get
        {
            var n = Agreements.Sum(a => a.Papers);
            return n == 0 ? 0 : Agreements.Sum(a => a.Agreement * a.Papers) / n;
        }
    }
}
