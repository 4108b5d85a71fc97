using RuleEngine.Engine.Evaluation;

namespace RuleEngine.Comparison.Analysis;

/// <summary>
/// How often the two sides agree on one variable: accuracy of the LLM against the heuristic (= agreement),
/// Cohen's kappa and the confusion matrix (rows = heuristic, columns = LLM), from <see cref="VariableScore"/>.
/// </summary>
public sealed record VariableAgreement(string Variable, VariableScore Score)
{
    public int Papers => Score.Count;
    public double Agreement => Score.Accuracy;
    public double Kappa => Score.Kappa;
    public int Disagreements => Score.Count - (int)Math.Round(Score.Accuracy * Score.Count);
}
