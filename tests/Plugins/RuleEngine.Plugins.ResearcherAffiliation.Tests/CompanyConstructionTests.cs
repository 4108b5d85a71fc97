using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.ResearcherAffiliation.Tests;

/// <summary>
/// Companies outside the lexicon, recognised by construction: "&lt;Name&gt; Research", "&lt;Name&gt; AI", "&lt;Name&gt; Labs", a
/// consultancy, a company's R&amp;D unit or a utility, a company's own laboratory, and a company e-mail domain.
/// </summary>
public sealed class CompanyConstructionTests
{
    [Theory]
    [InlineData("Exxon Mobil Corporate Strategic Research, 1545 Rt. 22 East, Annandale, NJ")]
    [InlineData("Acme Research, 601 Townsend St., San Francisco, CA 94103 USA")]
    [InlineData("Borealis AI, Toronto, Canada")]
    [InlineData("1Quantix AI 2Flatland Robotics")]
    [InlineData("@Walmart Labs, 850 Cherry Ave, San Bruno, CA 94066")]
    [InlineData("RJ Research Consulting, Tarrytown NY, USA")]
    [InlineData("R&D Department, Acme Power, Madrid, Spain")]
    [InlineData("State Grid Customer Service Center, Nanjing, China")]
    [InlineData("NTT Communication Science Laboratories, 2-4 Hikaridai Seika-cho, Kyoto, Japan")]
    [InlineData("NEC Knowledge Discovery Research Laboratories")]
    public void CompanyOutsideLexicon_IsIndustry(string line) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($$"""
            A Paper About Learning
            Dana Lee
            {|RV0002.affiliation-line:{{line}}|}

            Abstract
            We study learning.
            """, Verdicts.Industry, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Institute for Infocomm Research, A*STAR, Singapore")]
    [InlineData("Department of Industrial Engineering and Operations Research, Columbia University")]
    [InlineData("Center for Cancer Research, National Cancer Institute, Bethesda, MD")]
    [InlineData("Berkeley AI Research, University of California, Berkeley")]
    [InlineData("Center for Responsible AI, New York University")]
    [InlineData("Sandia National Labs, Albuquerque, NM")]
    [InlineData("Toyota Technological Institute at Chicago")]
    [InlineData("CEREMADE, CNRS UMR 7534, Université Paris-Dauphine, PSL Research University")]
    [InlineData("Max Planck Institute for Intelligent Systems, Tübingen, Germany")]
    public void AcademicUnits_AreAcademia(string line) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($$"""
            A Paper About Learning
            Dana Lee
            {|RV0002.affiliation-line:{{line}}|}

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("ZQIN@WALMARTLABS.COM")]
    [InlineData("hoytak@dato.com")]
    [InlineData("fujiwara.yasuhiro@lab.ntt.co.jp")]
    [InlineData("liu@nec.com.cn")]
    public void CompanyEmailDomain_WithUniversity_IsCollaboration(string email) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($$"""
            A Paper About Learning
            Dana Lee dlee@cs.ubc.ca Erin Kim {|RV0002.email-domain:{{email}}|}
            University of British Columbia

            Abstract
            We study learning.
            """, Verdicts.Collaboration, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@163.com")]
    [InlineData("menon@nicta.com.au")]
    [InlineData("chrisc@allenai.org")]
    public void WebMailOrResearchCentreDomain_WithUniversity_IsAcademia(string email) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($"""
            A Paper About Learning
            Dana Lee dlee@cs.ubc.ca Erin Kim {email}
            University of British Columbia

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Fact]
    public void PersonalCommercialDomain_IsNeutral() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Paper About Learning
            Pedro Pinheiro, Ronan Collobert
            pedro@idiap.ch ronan@collobert.com
            Idiap Research Institute, Martigny, Switzerland

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Advanced Research Lab, Zentrix Europe, Eindhoven, The Netherlands", "dana.lee@zentrix.eu")]
    [InlineData("Perception Group, Kovalo Systems, Berlin", "d.lee@kovalo.de")]
    public void An_organisation_printing_its_own_company_domain_is_industry(string line, string email) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($$"""
            A Paper About Learning
            Dana Lee
            {|RV0002.affiliation-line:{{line}}|}
            {{email}}

            Abstract
            We study learning.
            """, Verdicts.Industry, allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("Inria, Paris, France", "dana.lee@inria.fr")]
    [InlineData("Sandia National Laboratories, Albuquerque", "dlee@sandia.gov")]
    [InlineData("Allen Institute for AI, Seattle", "danal@allenai.org")]
    [InlineData("ETRI, Daejeon, Republic of Korea", "dlee@etri.re.kr")]
    public void A_public_or_academic_organisation_with_its_own_domain_is_academia(string line, string email) =>
        DetectorTest<ResearcherAffiliationDetector>.Verify($$"""
            A Paper About Learning
            Dana Lee
            {{line}}
            {{email}}

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Fact]
    public void A_company_name_that_is_an_authors_name_is_the_person() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Paper About Learning
            Gyu Kim, Zixu Ke, Bing Liu
            {|RV0002.affiliation-line:Department of Computer Science, University of Illinois at Chicago|}

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Fact]
    public void An_endowed_centre_bearing_a_company_name_is_academia() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Paper About Learning
            Dana Lee
            {|RV0002.affiliation-line:Robert Bosch Centre for Data Science and Artificial Intelligence, IIT Madras|}

            Abstract
            We study learning.
            """, Verdicts.Academia, allowUnmarkedEvidence: true);

    [Fact]
    public void A_joint_lab_of_a_university_and_a_company_is_collaboration() =>
        DetectorTest<ResearcherAffiliationDetector>.Verify("""
            A Paper About Learning
            Dana Lee
            {|RV0002.affiliation-line:CUHK-SenseTime Joint Lab, The Chinese University of Hong Kong|}

            Abstract
            We study learning.
            """, Verdicts.Collaboration, allowUnmarkedEvidence: true);
}
