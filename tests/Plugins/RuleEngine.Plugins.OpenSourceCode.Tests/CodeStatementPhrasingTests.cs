using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>
/// Code statements in the phrasings of CoRL, L4DC, COLT and ICML papers (none from the dev set): a "Code and X:"
/// label, a footnote that offers the code as its subject, a repository URL broken after the host, and the
/// near-misses that must stay silent (pseudo-code in an appendix, code someone else released).
/// </summary>
public sealed class CodeStatementPhrasingTests
{
    [Theory]
    [InlineData("{|RV0004.release-statement:Code and results: https://someone.github.io/portfolio/tool|}")]
    [InlineData("{|RV0004.release-statement:(Code and pretrained policies: https://github.com/lab/tool, Video: https://youtu.be/abc)|}")]
    [InlineData("{|RV0004.release-statement:Source code and trained models: https://github.com/lab/tool|}")]
    public void A_code_label_with_a_colon_and_a_location_is_a_release(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("Efficient Things\n" + line, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("{|RV0004.release-statement:Codes can be downloaded from https://github.com/someone/Federated-ID|}")]
    [InlineData("{|RV0004.release-statement:4. The code can be obtained from https://github.com/someone/tool|}")]
    [InlineData("{|RV0004.release-statement:An open-source implementation of the algorithm is available through the Foo library (http://foo-lab.github.io/foo/).|}")]
    public void A_footnote_offering_the_code_is_the_authors_own(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("5 Experiments\n" + line, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_repository_url_broken_after_the_host_and_closed_by_a_comma_is_joined() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            Efficient Things
            {|RV0004.release-statement:(Code and pretrained policies: https://github.com/ HybridLab/GenTool, Video: https://youtu.be/abc)|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    // where the authors took someone else's code
    [InlineData("4 The codes are downloaded from https://github.com/other/semisup-adv")]
    // pseudo-code is not code
    [InlineData("Due to space constraints, we report its full pseudo-code in Appendix F.2.")]
    [InlineData("A detailed pseudo code appears in the supplementary material.")]
    // the implementation of a cited algorithm
    [InlineData("An implementation of the algorithm of [12] is available at https://github.com/other/algo.")]
    public void Near_misses_are_not_the_authors_code(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("5 Experiments\n" + line, "No");

    [Theory]
    [InlineData("{|RV0004.supplementary-code:The code is available as supplementary material.|}")]
    [InlineData("{|RV0004.supplementary-code:The MATLAB implementation of the proposed boosting algorithms, along with experimental details is available in supplementary material1.|}")]
    [InlineData("{|RV0004.supplementary-code:The complete details are found in the supplementary material, alongside with an R implementation of the proposed method.|}")]
    public void Code_or_an_implementation_in_the_supplementary_material_is_a_release(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("5 Experiments\n" + line, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("{|RV0004.release-statement:All the code for the experiments can be downloaded from www.maths.example.ac.uk/~someone/software.html.|}")]
    [InlineData("{|RV0004.release-statement:Epsilon is open source and available at http://epopt.example.io, and all examples here are included in the distribution.|}")]
    public void Code_offered_for_download_or_called_open_source_with_an_address_is_a_release(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("5 Experiments\n" + line, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Implementation details are provided in the supplementary material.")]
    [InlineData("The supplementary material contains the proofs, along with implementation details of the experiments.")]
    [InlineData("We use the Foo solver, which is open source and available at http://foo.example.org.")]
    [InlineData("Among the state-of-the-art methods, only FooNet [34] is open-source.")]
    public void Implementation_details_and_tools_the_authors_use_are_not_a_release(string line) =>
        DetectorTest<OpenSourceCodeDetector>.Verify("5 Experiments\n" + line, "No");

    [Fact]
    public void A_statement_ending_in_a_colon_takes_the_url_printed_on_the_next_line() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            1 Introduction
            {|RV0004.release-statement:Lastly, the presented methods are very simple to implement; we provide R source code at:|}
            http://someone.example.org/code/rca.r
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void A_data_statement_ending_in_a_colon_does_not_release_code() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            The preprocessed datasets are available at:
            http://data.example.org/sets
            """, "No");
}
