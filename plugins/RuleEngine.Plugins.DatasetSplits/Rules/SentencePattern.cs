using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>The shared mechanics of a pattern rule: its compiled patterns and weight from the rule file, and a match turned into a finding.</summary>
internal sealed class SentencePattern(RuleSet rules, string ruleId, double fallbackWeight)
{
    private readonly Regex? _pattern = rules.Pattern(ruleId);
    private readonly double _weight = rules.Weight(ruleId, fallbackWeight);

    private const int MaxLength = 2500;

    public bool IsEnabled => _pattern is not null;

    public double Weight => _weight;

    public SplitFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        Match m;
        // Very long "sentences" (tables flattened into text) are read only up to a bound, which keeps matching linear.
        var text = sentence.Text.Length > MaxLength ? sentence.Text[..MaxLength] : sentence.Text;
        try { m = _pattern.Match(text); }
        catch (Exception e) when (e is RegexMatchTimeoutException or IndexOutOfRangeException)
        {
            return null; // a pathological sentence loses this rule's finding, not the verdict
        }
        return m.Success ? new SplitFinding(_weight, Evidence.FromMatch(sentence, m.Index, m.Length, ruleId), m.Value.Trim()) : null;
    }

    public Match? Match(string text) => _pattern?.Match(text) is { Success: true } m ? m : null;
}
