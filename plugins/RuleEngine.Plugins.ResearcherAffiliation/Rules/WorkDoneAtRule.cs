using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearcherAffiliation.Rules;

/// <summary>
/// RV0002.work-done-at: a footnote such as "Work done while at Google" or "This work was done during an
/// internship at Alibaba DAMO Academy": the organisation after "at" counts as an affiliation.
/// </summary>
internal sealed class WorkDoneAtRule(RuleSet rules, OrganisationMatcher matcher)
{
    public const string Id = "RV0002.work-done-at";

    private readonly Regex? _pattern = rules.Pattern(Id);

    /// <summary>Whether the line is a work-done-at footnote.</summary>
    public bool IsMatch(string text) => _pattern is not null && _pattern.SafeIsMatch(text);

    public IEnumerable<(AffiliationKind Kind, Evidence Evidence, string Name)> Inspect(DocumentLine line)
    {
        if (_pattern is null) yield break;
        var m = _pattern.SafeMatch(line.Text);
        if (!m.Success) yield break;
        var tail = line.Text[m.Index..];
        foreach (var (kind, index, length) in matcher.Match(tail))
            yield return (kind, Evidence.FromLine(line, Id), tail.Substring(index, length));
    }
}
