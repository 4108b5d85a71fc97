using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>RV0006.cross-validation: k-fold or leave-one-out cross-validation.</summary>
internal sealed class CrossValidationRule(RuleSet rules)
{
    public const string Id = "RV0006.cross-validation";

    private readonly SentencePattern _pattern = new(rules, Id, 0.88);

    public SplitFinding? Inspect(Sentence sentence) => _pattern.Inspect(sentence);
}
