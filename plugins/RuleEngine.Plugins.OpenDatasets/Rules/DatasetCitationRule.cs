using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>RV0005.dataset-citation: a named dataset with a formal citation ("X dataset (Author, Year)", "X dataset [12]").</summary>
internal sealed class DatasetCitationRule(RuleSet rules)
{
    public const string Id = "RV0005.dataset-citation";

    private readonly Regex? _pattern = rules.Pattern(Id, compiled: true);
    private readonly double _weight = rules.Weight(Id, 0.85);

    public DataFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.Match(sentence.Text);
        if (!m.Success) return null;
        return new DataFinding(_weight, Evidence.FromMatch(sentence, m.Index, m.Length, Id), m.Value.Trim());
    }
}
