using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Analysis;

/// <summary>The two sides' verdicts on the same paper.</summary>
public sealed record PaperPair(PaperVerdicts Heuristic, PaperVerdicts Llm)
{
    public string PaperId => Heuristic.PaperId;
    public string? Title => Heuristic.Title ?? Llm.Title;
}
