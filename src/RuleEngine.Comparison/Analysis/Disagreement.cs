using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Analysis;

/// <summary>A variable on which the sides differ, with both sides' evidence and, when known, the gold label.</summary>
public sealed record Disagreement(string PaperId, string? Title, string Variable, VariableVerdict Heuristic, VariableVerdict Llm, string? Gold);
