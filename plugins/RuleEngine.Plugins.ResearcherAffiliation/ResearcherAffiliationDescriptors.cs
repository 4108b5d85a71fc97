using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearcherAffiliation;

/// <summary>The descriptors of RV0002 (Researcher Affiliation): the variable and each of its rules (IDs are stable).</summary>
public static class ResearcherAffiliationDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0002",
        key: "ResearcherAffiliation",
        title: "Researcher Affiliation",
        category: RuleCategories.Provenance,
        allowedVerdicts: [Verdicts.Academia, Verdicts.Industry, Verdicts.Collaboration],
        description: """Whether the authors' affiliations (title block, footnotes, e-mail domains) are academic (universities, public and non-profit research institutes), industrial (companies, industry labs) or both.""");
}
