using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>RV0004.supplementary-code: "the code is provided in the supplementary material".</summary>
internal sealed class SupplementaryCodeRule(RuleSet rules)
{
    public const string Id = "RV0004.supplementary-code";

    private readonly Regex? _pattern = rules.Pattern(Id);
    private readonly double _weight = rules.Weight(Id, 0.85);

    public CodeFinding? Inspect(CodeSentence sentence, FutureReleaseRule future, ThirdPartyCodeRule thirdParty)
    {
        if (_pattern is null) return null;
        var text = sentence.Sentence.Text;
        var m = _pattern.Match(text);
        if (!m.Success || future.Matches(text) || thirdParty.IsThirdParty(text)) return null;
        return new CodeFinding(_weight, Evidence.FromMatch(sentence.Sentence, m.Index, m.Length, Id), "code stated to be in the supplementary material");
    }
}
