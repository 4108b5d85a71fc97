using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>RV0006.split-counts: per-split sizes ("60,000 training and 10,000 test images").</summary>
internal sealed class SplitCountsRule(RuleSet rules)
{
    public const string Id = "RV0006.split-counts";

    private readonly SentencePattern _pattern = new(rules, Id, 0.9);

    public SplitFinding? Inspect(Sentence sentence) => _pattern.Inspect(sentence);
}
