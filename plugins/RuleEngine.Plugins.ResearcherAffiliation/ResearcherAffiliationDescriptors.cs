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

    /// <summary>An organisation named in the title block or an affiliation footnote.</summary>
    public static readonly RuleDescriptor AffiliationLine = new(
        "RV0002.affiliation-line",
        "Affiliation in the title block",
        "A title-block or first-page footnote line names an organisation from the academic lexicon (universities, public and non-profit research institutes, national labs) or the industry lexicon (companies, industry labs, company suffixes such as Inc., Ltd., GmbH).");

    /// <summary>An author e-mail domain that identifies a university or a company.</summary>
    public static readonly RuleDescriptor EmailDomain = new(
        "RV0002.email-domain",
        "Author e-mail domain",
        "An author e-mail address in the title block or first-page footnotes has an academic domain (.edu, .ac.uk, .edu.cn, uni-*.de, …) or a company domain (google.com, microsoft.com, huawei.com, *.ai start-ups, …); web-mail domains (gmail.com, qq.com, …) say nothing.");

    /// <summary>A first-page footnote saying where the work was done ("Work done while at Google", "during an internship at …").</summary>
    public static readonly RuleDescriptor WorkDoneAt = new(
        "RV0002.work-done-at",
        "Work-done-at footnote",
        "A first-page footnote says the work was done at an organisation (\"Work done while at Google\", \"Work done during an internship at Alibaba\"): that organisation counts as an affiliation.");

    /// <summary>Funding and acknowledgement mentions, which are not affiliations.</summary>
    public static readonly RuleDescriptor FundingFilter = new(
        "RV0002.funding-filter",
        "Funding is not an affiliation",
        "Lines that acknowledge funding, grants, awards, fellowships, gifts or compute donations (\"supported by a Google Faculty Research Award\") are ignored when collecting affiliations. Disable to count them.");
}
