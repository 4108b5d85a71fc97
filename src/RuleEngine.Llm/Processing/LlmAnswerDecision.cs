namespace RuleEngine.Llm.Processing;

/// <summary>Whether an LLM verdict may replace the heuristic one.</summary>
/// <param name="Accepted">True when the LLM verdict takes the heuristic's place.</param>
/// <param name="Reason">Why it was not accepted (null when accepted).</param>
/// <param name="AnswerIsSound">False when the answer itself is unsupported (no qualifying quote): it is then never cached.</param>
public sealed record LlmAnswerDecision(bool Accepted, string? Reason, bool AnswerIsSound)
{
    public static LlmAnswerDecision Accept { get; } = new(true, null, true);

    /// <summary>A sound answer that still may not overturn a confident heuristic verdict.</summary>
    public static LlmAnswerDecision Overruled(string reason) => new(false, reason, true);

    /// <summary>An answer without the evidence its verdict needs.</summary>
    public static LlmAnswerDecision Unsupported(string reason) => new(false, reason, false);
}
