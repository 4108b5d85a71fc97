using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace MyCompany.Plugins.Example.Rules;

/// <summary>RV0900.keyword: a sentence matching the rule's patterns (from RV0900.rules.json); nothing when the rule is disabled.</summary>
internal sealed class KeywordRule(RuleSet rules)
{
    private readonly System.Text.RegularExpressions.Regex? _pattern = rules.Pattern(ExampleDescriptors.Keyword.Id);

    /// <summary>Evidence quoting the match (verbatim by construction), or null.</summary>
    public Evidence? Inspect(Sentence sentence)
    {
        if (_pattern?.Match(sentence.Text) is not { Success: true } match) return null;
        return Evidence.FromMatch(sentence, match.Index, match.Length, ExampleDescriptors.Keyword.Id);
    }
}
