using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearcherAffiliation.Rules;

/// <summary>
/// RV0002.affiliation-line: an organisation named in a title-block line or an affiliation footnote.
/// Returns one finding per kind of organisation the line names.
/// </summary>
internal sealed class AffiliationLineRule(RuleSet rules, OrganisationMatcher matcher)
{
    public const string Id = "RV0002.affiliation-line";

    private readonly bool _enabled = rules.IsEnabled(Id);

    public IEnumerable<(AffiliationKind Kind, Evidence Evidence, string Name)> Inspect(DocumentLine line)
    {
        if (!_enabled) yield break;
        bool academic = false, industry = false;
        foreach (var (kind, index, length) in matcher.Match(line.Text))
        {
            if (kind == AffiliationKind.Academia ? academic : industry) continue;
            if (kind == AffiliationKind.Academia) academic = true; else industry = true;
            yield return (kind, Evidence.FromLine(line, Id), line.Text.Substring(index, length));
        }
    }
}
