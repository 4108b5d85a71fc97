using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// RV0006.split-ratio: exact proportions of the partition — a split noun with a percentage, fraction or ratio
/// attached ("training (75%), development (5%) and evaluation (20%)", "two thirds for training", "a
/// 0.75/0.05/0.2 partition", "90% for training"), from the split-statement construction or the rule file's patterns.
/// </summary>
internal sealed class SplitRatioRule(RuleSet rules, SplitStatement statement)
{
    public const string Id = "RV0006.split-ratio";

    private readonly SentencePattern _pattern = new(rules, Id, 0.93);

    public SplitFinding? Inspect(Sentence sentence, SentencePieces pieces)
    {
        if (!_pattern.IsEnabled) return null;
        if (statement.Proportion(sentence, pieces) is { } span)
            return new SplitFinding(_pattern.Weight, Evidence.FromMatch(sentence, span.Start, span.End - span.Start, Id), sentence.Text[span.Start..span.End]);
        return _pattern.Inspect(sentence) is { } finding && pieces.HasProportion ? finding : null;
    }
}
