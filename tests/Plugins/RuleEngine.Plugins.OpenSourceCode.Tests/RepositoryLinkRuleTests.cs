using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>RV0004.repository-link: a code-host link tied to the authors' own work.</summary>
public sealed class RepositoryLinkRuleTests
{
    [Fact]
    public void Named_method_available_on_github_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            1 Introduction
            {|RV0004.repository-link:GREEN is available at https://github.com/someone/green.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Own_tool_link_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.repository-link:Our tool: https://github.com/someone/things|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Repository_downloaded_from_others_does_not_fire() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            The codes are downloaded from https://github.com/other/semisup-adv.
            """, "No");

    [Fact]
    public void Dataset_repository_does_not_fire() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            We use the dataset number 499 from https://github.com/nextml/NEXT-data.
            """, "No");
}
