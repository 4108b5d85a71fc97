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

    [Fact]
    public void An_own_tool_with_its_numbered_footnote_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.repository-link:We implemented the method in a tool called Greenfield2.|}
            We report the results in Table 1.

            2 https://github.com/somelab/greenfield
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    // the footnote mark sits on a tool the sentence builds on or uses
    [InlineData("Our implementation was built on top of dcgan.torch2.", "2 https://github.com/soumith/dcgan.torch")]
    [InlineData("We implement this method in C++ using Rabit2, a reliable all-reduce communication library.", "2 URL: https://github.com/tqchen/rabit.")]
    // the footnote the link sits in is not the one the sentence marks
    [InlineData("We implemented our algorithm in Julia1.", "2 https://github.com/otherlab/solvers")]
    public void A_footnoted_link_to_a_tool_the_authors_use_is_not_their_code(string claim, string footnote) =>
        DetectorTest<OpenSourceCodeDetector>.Verify($"""
            4 Experiments
            {claim}
            We report the results in Table 1.

            {footnote}
            """, "No");

    [Fact]
    public void A_link_followed_by_a_citation_is_the_cited_work_s_code() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            2 Background
            A particular implementation of the algorithm for training the word vectors is available at code.google.com/p/word2vec/ (Mikolov et al., 2013a).
            """, "No");
}
