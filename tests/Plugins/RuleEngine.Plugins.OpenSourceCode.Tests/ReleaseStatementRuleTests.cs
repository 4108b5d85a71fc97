using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>RV0004.release-statement: a code-availability sentence with a location.</summary>
public sealed class ReleaseStatementRuleTests
{
    [Fact]
    public void Our_code_is_available_at_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            Abstract
            {|RV0004.release-statement:Our code is available at https://github.com/a/b.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Code_label_in_the_title_block_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            Efficient Things
            {|RV0004.release-statement:Code: https://github.com/someone/things|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Url_broken_across_lines_is_joined() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.release-statement:The source code is available at https: //github.com/lab/tool.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("The open-source code and the trained models are available at https://github.com/lab/cloud-prediction.")]
    [InlineData("The open-source implementation is publicly available at https://gitlab.com/team/solver.")]
    public void Open_source_code_released_at_a_location_fires(string sentence) =>
        DetectorTest<OpenSourceCodeDetector>.Verify($$"""
            1 Introduction
            {|RV0004.release-statement:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Third_party_authors_release_does_not_fire() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            The original authors have only released the source code for transductive learning at github.com/other/DGI.
            """, "No");

    [Fact]
    public void Statement_with_a_glued_footnote_marker_takes_the_link_from_its_footnote() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.release-statement:The source codes are publicly available1.|}
            We use the standard benchmarks with user-item ratings.

            1 https://github.com/somelab/non-compensatory
            2 https://grouplens.org/datasets/movielens/
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void Statement_in_the_acknowledgements_counts() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            We evaluate on drawings.

            Acknowledgments
            We thank our colleagues. {|RV0004.release-statement:The code and data are available at https://github.com/someone/drawings.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void An_institution_gitlab_in_a_footnote_is_a_repository() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            2 Methods
            The source code for all models can be found on our public repository 2.

            {|RV0004.repository-link:2 https://gitlab.informatik.example.de/ML-Projects/forgetting|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_reference_entry_with_a_repository_does_not_count() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            We compare with prior work.

            References
            [1] A. Other. Their tool. Code is available at https://github.com/other/tool. 2020.
            """, "No");
}
