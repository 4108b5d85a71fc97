using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>The shared mechanics of a pattern rule: its compiled patterns and weight from the rule file, and a match turned into a finding.</summary>
internal sealed class SentencePattern(RuleSet rules, string ruleId, double fallbackWeight)
{
    private readonly Regex? _pattern = rules.Pattern(ruleId);
    private readonly double _weight = rules.Weight(ruleId, fallbackWeight);

    public bool IsEnabled => _pattern is not null;

    public double Weight => _weight;

    public SplitFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.Match(sentence.Text);
        return m.Success ? new SplitFinding(_weight, Evidence.FromMatch(sentence, m.Index, m.Length, ruleId), m.Value.Trim()) : null;
    }

    public Match? Match(string text) => _pattern?.Match(text) is { Success: true } m ? m : null;
}
