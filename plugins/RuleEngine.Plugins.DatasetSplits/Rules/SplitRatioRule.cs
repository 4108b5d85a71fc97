using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>RV0006.split-ratio: exact proportions of the partition ("80/10/10", "90% for training").</summary>
internal sealed class SplitRatioRule(RuleSet rules)
{
    public const string Id = "RV0006.split-ratio";

    private readonly SentencePattern _pattern = new(rules, Id, 0.93);

    public SplitFinding? Inspect(Sentence sentence) => _pattern.Inspect(sentence);
}
