using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.RandomSeeds.Rules;

/// <summary>
/// A rule that looks for its patterns (from the rule file) in one sentence at a time. A disabled rule
/// (configuration) has no pattern and finds nothing.
/// </summary>
internal abstract class SentencePatternRule
{
    private readonly Regex? _pattern;

    protected SentencePatternRule(RuleSet rules, RuleDescriptor descriptor, double defaultWeight)
    {
        Id = descriptor.Id;
        _pattern = rules.Pattern(descriptor.Id);
        Weight = rules.Weight(descriptor.Id, defaultWeight);
    }

    public string Id { get; }
    public double Weight { get; }

    /// <summary>The first acceptable match in the sentence, as evidence.</summary>
    public SeedFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        try
        {
            return FirstAccepted(_pattern, sentence);
        }
        catch (RegexMatchTimeoutException)
        {
            // The first match of a compiled pattern includes its JIT compilation, which on a loaded machine can
            // alone exceed the match timeout; a genuine runaway match times out again and faults the detector.
            return FirstAccepted(_pattern, sentence);
        }
    }

    private SeedFinding? FirstAccepted(Regex pattern, Sentence sentence)
    {
        for (var m = pattern.Match(sentence.Text); m.Success; m = m.NextMatch())
        {
            if (Accept(m)) return new SeedFinding(Evidence.FromMatch(sentence, m.Index, m.Length, Id), Weight);
        }
        return null;
    }

    /// <summary>Rule-specific check of a pattern match (all matches by default).</summary>
    protected virtual bool Accept(Match match) => true;
}
