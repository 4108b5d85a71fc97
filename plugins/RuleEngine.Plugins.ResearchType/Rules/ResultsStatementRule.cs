using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.results-statement: a body sentence that reports empirical work with measured outcomes.
/// Sentences in references, acknowledgements and checklists are ignored, and so are sentences that only
/// talk about future or hypothetical experiments.
/// </summary>
internal sealed class ResultsStatementRule
{
    public const string Id = "RV0001.results-statement";

    private readonly Regex? _pattern;
    private readonly Regex? _exclude;

    public ResultsStatementRule(RuleSet rules)
    {
        _pattern = rules.Pattern(Id);
        var exclude = rules.Lexicon("hypotheticalExperimentPatterns");
        _exclude = exclude.Count > 0 ? RuleSet.Compile(exclude) : null;
    }

    public bool IsEnabled => _pattern is not null;

    /// <summary>Evidence when the sentence reports measured results, else null.</summary>
    public Evidence? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.SafeMatch(sentence.Text);
        if (!m.Success) return null;
        if (_exclude is not null && _exclude.SafeIsMatch(sentence.Text)) return null;
        return Evidence.FromMatch(sentence, m.Index, m.Length, Id);
    }
}
