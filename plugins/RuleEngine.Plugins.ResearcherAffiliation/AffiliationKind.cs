namespace RuleEngine.Plugins.ResearcherAffiliation;

/// <summary>Which side of the Academia/Industry divide an organisation or e-mail domain is on.</summary>
internal enum AffiliationKind
{
    None,
    Academia,
    Industry,
}
