using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// RV0006.group-split: a partition by group — domains, object sets, tasks, scenes, subjects — told with a training
/// side and a test side, each named or counted ("trained on three domains and tested on the remaining one",
/// "policies trained with EGAD objects are tested with YCB objects"). A leave-one-group-out protocol is the
/// usual case. Training and testing on "the same" groups does not fire.
/// </summary>
internal sealed class GroupSplitRule(RuleSet rules)
{
    public const string Id = "RV0006.group-split";

    private readonly SentencePattern _pattern = new(rules, Id, 0.86);

    public SplitFinding? Inspect(Sentence sentence) => _pattern.Inspect(sentence);
}
