using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// RV0006.cross-validation: k-fold or leave-one-out cross-validation. A "k-fold" only counts in a sentence
/// about validation or the data ("20-fold faster" does not).
/// </summary>
internal sealed partial class CrossValidationRule(RuleSet rules)
{
    public const string Id = "RV0006.cross-validation";

    private readonly SentencePattern _pattern = new(rules, Id, 0.88);

    public SplitFinding? Inspect(Sentence sentence)
    {
        if (_pattern.Inspect(sentence) is not { } finding) return null;
        var isFoldCount = FoldCount().IsMatch(finding.What) && !finding.What.Contains("leave", StringComparison.OrdinalIgnoreCase);
        return !isFoldCount || ValidationContext().IsMatch(sentence.Text) ? finding : null;
    }

    [GeneratedRegex(@"^\S+\s?[- ]?\s?folds?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FoldCount();

    [GeneratedRegex(@"cross|\bCV\b|validat|\bsplit|partition|train|\btest|held[- ]out|hold[- ]out|data|evaluat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidationContext();
}
