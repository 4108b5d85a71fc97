using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearcherAffiliation.Tests;

/// <summary>RV0002.affiliation-line.</summary>
public sealed class AffiliationLineRuleTests
{
    [Fact]
    public void CompanyAndUniversity_AreCollaboration() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Learning Better Captions
            Alice Smith1 Bob Jones2
            {|RV0002.affiliation-line:1Meta 2University of Southern California|}

            Abstract
            We study captioning.
            """, Verdicts.Collaboration, allowUnmarkedEvidence: true);

    [Fact]
    public void IndustryLabOnly_IsIndustry() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Cognitive Computing Programming Paradigm
            Arnon Amir, Pallab Datta
            {|RV0002.affiliation-line:IBM Research - Almaden, San Jose, CA 95120|}

            Abstract
            We present a language.
            """, Verdicts.Industry, allowUnmarkedEvidence: true);

    [Fact]
    public void NonProfitInstitute_IsAcademia() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Paper About Language
            Carol White
            {|RV0002.affiliation-line:Allen Institute for AI, Seattle, WA|}

            Abstract
            We study reading.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);
}

/// <summary>RV0002.email-domain.</summary>
public sealed class EmailDomainRuleTests
{
    [Fact]
    public void CompanyEmailDomain_IsIndustry() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Deep Networks for Recommendations
            Paul C, Jay A
            {|RV0002.email-domain:{pc, ja}@google.com|}

            Abstract
            We describe a recommender.
            """, Verdicts.Industry, allowUnmarkedEvidence: true);

    [Fact]
    public void WebMailOnly_IsAcademiaByDefault()
    {
        var result = DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Note on Negative Sampling
            Yoav G and Omer L
            {yoav,omer}@gmail.com

            Abstract
            We explain an objective.
            """, Verdicts.Academia);
        Assert.Empty(result.Evidence);
    }
}

/// <summary>RV0002.work-done-at.</summary>
public sealed class WorkDoneAtRuleTests
{
    [Fact]
    public void InternshipFootnote_AddsIndustry() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Latent Templates
            Yao F
            University of Edinburgh

            Abstract
            We study templates.
            1 Introduction
            Templates matter.
            {|RV0002.work-done-at:∗Work done during an internship at Alibaba DAMO Academy.|}
            """, Verdicts.Collaboration, allowUnmarkedEvidence: true);
}

/// <summary>RV0002.funding-filter.</summary>
public sealed class FundingFilterRuleTests
{
    [Fact]
    public void FundingFootnote_IsNotAnAffiliation() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            Toward a Unified Theory
            Jean B
            Institute for Advanced Study, Princeton, NJ

            Abstract
            We prove bounds.
            1 Introduction
            Bounds matter.
            ∗Supported in part by NSF grant 1234 and a Google Faculty Research Award.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);
}
