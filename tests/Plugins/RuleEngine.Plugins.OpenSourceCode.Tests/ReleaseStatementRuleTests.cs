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

    [Fact]
    public void Third_party_authors_release_does_not_fire() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            The original authors have only released the source code for transductive learning at github.com/other/DGI.
            """, "No");
}
