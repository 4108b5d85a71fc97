using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.non-empirical-genre: the paper calls itself a survey, position paper, tutorial or note.
/// Weakens the empirical evidence found elsewhere (a survey's tables summarise others' results).
/// </summary>
internal sealed class NonEmpiricalGenreRule
{
    public const string Id = "RV0001.non-empirical-genre";

    private readonly Regex? _pattern;

    public NonEmpiricalGenreRule(RuleSet rules) => _pattern = rules.Pattern(Id);

    public Evidence? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.SafeMatch(sentence.Text);
        return m.Success ? Evidence.FromMatch(sentence, m.Index, m.Length, Id) : null;
    }
}
