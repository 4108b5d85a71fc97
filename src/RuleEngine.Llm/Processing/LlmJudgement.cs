using RuleEngine.Engine.Reporting;

namespace RuleEngine.Llm.Processing;

/// <summary>The outcome of asking about one variable: the new result (null when the heuristic one stays) and diagnostics.</summary>
public sealed record LlmJudgement(VariableResult? Result, IReadOnlyList<DiagnosticEntry> Diagnostics)
{
    /// <summary>Passages withheld from the prompt because they address the model.</summary>
    public IReadOnlyList<Prompts.Passage> Withheld { get; init; } = [];
}
