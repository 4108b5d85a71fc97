namespace RuleEngine.Comparison.Analysis;

/// <summary>
/// Who was right on one variable, over the papers where both sides gave a verdict and a gold label exists:
/// how often each side matched gold, both did, or neither did.
/// </summary>
public sealed record GoldTally(string Variable, int Papers, int HeuristicRight, int LlmRight, int BothRight, int NeitherRight)
{
    public double HeuristicAccuracy => Papers == 0 ? 0 : (double)HeuristicRight / Papers;
    public double LlmAccuracy => Papers == 0 ? 0 : (double)LlmRight / Papers;

    /// <summary>Disagreements settled for the heuristic (it right, the LLM wrong).</summary>
    public int OnlyHeuristicRight => HeuristicRight - BothRight;

    /// <summary>Disagreements settled for the LLM.</summary>
    public int OnlyLlmRight => LlmRight - BothRight;
}
