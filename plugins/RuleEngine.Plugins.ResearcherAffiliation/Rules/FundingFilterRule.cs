using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearcherAffiliation.Rules;

/// <summary>
/// RV0002.funding-filter: recognises funding and acknowledgement text ("supported by a Google Faculty
/// Research Award", "gift from Intel"), whose organisations are not affiliations.
/// </summary>
internal sealed class FundingFilterRule(RuleSet rules)
{
    public const string Id = "RV0002.funding-filter";

    private readonly Regex? _pattern = rules.Pattern(Id);

    public bool IsFunding(string text) => _pattern is not null && _pattern.SafeIsMatch(text);
}
