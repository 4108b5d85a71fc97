using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearcherAffiliation.Tests;

/// <summary>The spec's cases for Researcher Affiliation.</summary>
public sealed class ResearcherAffiliationDetectorTests
{
    [Fact]
    public void DualAffiliation_CountsBoth() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Sample Complexity of Learning
            Amit D
            {|RV0002.affiliation-line:School of Computer Science and Engineering, The Hebrew University and Google Research Tel-Aviv|}

            Abstract
            We bound sample complexity.
            """, Verdicts.Collaboration, allowUnmarkedEvidence: true);

    [Fact]
    public void NothingPrinted_IsAcademia()
    {
        var result = DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Short Note
            Jane Doe

            Abstract
            We explain a derivation.
            """, Verdicts.Academia);
        Assert.True(result.Confidence < 0.9);
    }

    [Fact]
    public void UniversitiesOnly_AreAcademia() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Graph Zoom
            Chenhui D, Zhiqiang Z
            {|RV0002.affiliation-line:Cornell University, Ithaca, USA|}
            {|RV0002.email-domain:cd@cornell.edu|}

            Abstract
            We coarsen graphs.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);
}
