using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode;

/// <summary>The descriptors of RV0004 (Open Source Code): the variable and each of its rules (IDs are stable).</summary>
public static class OpenSourceCodeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0004",
        key: "OpenSourceCode",
        title: "Open Source Code",
        category: RuleCategories.Artefacts,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper gives concrete access to the source code of its own method: a release statement with a location, a link to a code repository, or code in the supplementary material.""");

    public static readonly RuleDescriptor ReleaseStatement = new(
        id: "RV0004.release-statement",
        title: "Code-availability statement with a location",
        description: "A sentence saying that the authors' code is available, released or can be found at a URL (printed, linked, or in the sentence's footnote).");

    public static readonly RuleDescriptor RepositoryLink = new(
        id: "RV0004.repository-link",
        title: "Link to the authors' code repository",
        description: "A URL on a code host (GitHub, GitLab, Bitbucket, an anonymous review repository) tied to the authors' own work, not to third-party code or data.");

    public static readonly RuleDescriptor SupplementaryCode = new(
        id: "RV0004.supplementary-code",
        title: "Code in the supplementary material",
        description: "An explicit statement that the code is provided in the supplementary material or an appendix.");

    public static readonly RuleDescriptor FutureRelease = new(
        id: "RV0004.future-release",
        title: "Code only promised or on request",
        description: "Negative evidence: code that will be released later, or is available only on request; a link removed for review.");

    public static readonly RuleDescriptor ThirdPartyCode = new(
        id: "RV0004.third-party-code",
        title: "Link to third-party code or data",
        description: "Negative evidence: the link or statement concerns someone else's code (baselines, libraries, tools used) or data, not the authors' code.");
}
