namespace RuleEngine.Engine.Evaluation;

/// <summary>Precision, recall and F1 of one verdict value.</summary>
public sealed record ClassScore(string Label, int Support, double Precision, double Recall, double F1);

/// <summary>
/// Agreement of predicted verdicts with reference verdicts for one variable: accuracy, per-class
/// precision/recall/F1, macro-F1, Cohen's kappa and the confusion matrix (rows = reference, columns = predicted).
/// </summary>
public sealed record VariableScore(
    string Variable,
    int Count,
    double Accuracy,
    double MacroF1,
    double Kappa,
    IReadOnlyList<string> Labels,
    int[][] Confusion,
    IReadOnlyList<ClassScore> Classes)
{
    /// <summary>Scores pairs of (reference, predicted) verdicts.</summary>
    public static VariableScore Compute(string variable, IReadOnlyList<(string Reference, string Predicted)> pairs, IEnumerable<string>? labelOrder = null)
    {
        var labels = (labelOrder ?? []).Concat(pairs.SelectMany(p => new[] { p.Reference, p.Predicted })).Distinct(StringComparer.Ordinal).ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var m = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var (r, p) in pairs) m[index[r]][index[p]]++;
        var n = pairs.Count;
        var correct = Enumerable.Range(0, labels.Count).Sum(i => m[i][i]);
        var accuracy = n == 0 ? 0 : (double)correct / n;

        var classes = new List<ClassScore>();
        for (var i = 0; i < labels.Count; i++)
        {
            var tp = m[i][i];
            var predicted = Enumerable.Range(0, labels.Count).Sum(r => m[r][i]);
            var actual = m[i].Sum();
            var precision = predicted == 0 ? (actual == 0 ? 1 : 0) : (double)tp / predicted;
            var recall = actual == 0 ? (predicted == 0 ? 1 : 0) : (double)tp / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassScore(labels[i], actual, precision, recall, f1));
        }
        // "(none)" (a detector gave no verdict) counts against accuracy but is not a class of the variable.
        var present = classes.Where(c => c.Label != Evaluator.NoVerdict).Where(c => c.Support > 0 || Enumerable.Range(0, labels.Count).Sum(r => m[r][labels.IndexOf(c.Label)]) > 0).ToList();
        var macroF1 = present.Count == 0 ? 0 : present.Average(c => c.F1);

        double expected = 0;
        if (n > 0)
            for (var i = 0; i < labels.Count; i++)
                expected += (double)m[i].Sum() / n * Enumerable.Range(0, labels.Count).Sum(r => m[r][i]) / n;
        var kappa = Math.Abs(1 - expected) < 1e-12 ? (accuracy >= 1 ? 1 : 0) : (accuracy - expected) / (1 - expected);
        return new VariableScore(variable, n, accuracy, macroF1, kappa, labels, m, classes);
    }
}
