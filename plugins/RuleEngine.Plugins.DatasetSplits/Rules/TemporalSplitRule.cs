using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>RV0006.temporal-split: a split by time ("split chronologically").</summary>
internal sealed class TemporalSplitRule(RuleSet rules)
{
    public const string Id = "RV0006.temporal-split";

    private readonly SentencePattern _pattern = new(rules, Id, 0.88);

    public SplitFinding? Inspect(Sentence sentence) => _pattern.Inspect(sentence);
}
