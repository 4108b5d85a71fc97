using RuleEngine.Testing;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>RV0004.supplementary-code: code stated to be in the supplementary material.</summary>
public sealed class SupplementaryCodeRuleTests
{
    [Fact]
    public void Code_in_supplementary_material_fires() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            4 Experiments
            {|RV0004.supplementary-code:Python codes for reproducing the results of the paper are available in the supplementary materials.|}
            """, "Yes");

    [Fact]
    public void Proofs_in_supplementary_material_do_not_fire() =>
        DetectorTest<OpenSourceCodeDetector>.Verify("""
            3 Theory
            All proofs are deferred to the supplementary material.
            """, "No");
}
