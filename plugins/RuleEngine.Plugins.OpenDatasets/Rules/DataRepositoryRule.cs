using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>RV0005.data-repository: data from a named public repository (UCI, LIBSVM, Kaggle, Zenodo, OpenML ...).</summary>
internal sealed class DataRepositoryRule(RuleSet rules)
{
    public const string Id = "RV0005.data-repository";

    private readonly Regex? _pattern = rules.Pattern(Id, compiled: true);
    private readonly Regex? _usage = rules.ExtraPattern(Id, "usagePatterns", compiled: true);
    private readonly double _weight = rules.Weight(Id, 0.9);

    public DataFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.Match(sentence.Text);
        return m.Success && _usage.Hits(sentence.Text) ? new DataFinding(_weight, Evidence.FromMatch(sentence, m.Index, m.Length, Id), m.Value.Trim()) : null;
    }
}
