using RuleEngine.Document.Structure;
using RuleEngine.Sdk.Documents;
using RuleEngine.TestSupport;

namespace RuleEngine.Document.Tests.Corpus;

/// <summary>
/// Real papers from ../shared/corpus through the PDF reader (layout cached by <see cref="CorpusDocuments"/>) and this
/// builder; skipped when the corpus is absent.
/// What is checked is what the labellers quote (dev-evidence.jsonl): affiliation lines, algorithm captions, URL sentences.
/// </summary>
public class CorpusTests
{
    [CorpusFact]
    public void Experimental_paper_has_its_sections_algorithm_link_and_title_block()
    {
        var doc = CorpusDocuments.Load("bailey2026scaling");

        var experiments = doc.Sections.First(s => s.Heading == "4 Experimental Results");
        Assert.Equal(SectionKind.Experiments, experiments.Kind);
        Assert.Equal(5, experiments.Page);
        Assert.Contains(doc.Sections, s => s.Kind == SectionKind.References && !s.IsInAppendix);
        Assert.All(doc.Sections.SkipWhile(s => s.Kind != SectionKind.References).Skip(1), s => Assert.True(s.IsInAppendix, s.Heading));
        Assert.Contains(doc.Sections, s => s.Heading == "C Hyperparameters" && s.IsInAppendix);

        var algorithm = Assert.Single(doc.Floats, f => f.Kind == FloatKind.Algorithm);
        Assert.Equal("Algorithm 1", algorithm.Label);
        Assert.Equal("Algorithm 1 SGS", algorithm.Caption);
        Assert.Equal(5, algorithm.Page);
        Assert.Contains(algorithm.ContentLines, l => l.Text.StartsWith("Require: Dataset D", StringComparison.Ordinal));
        Assert.Contains(algorithm.ContentLines, l => l.Text.StartsWith("1: Initialize all problems", StringComparison.Ordinal));

        var code = Assert.Single(doc.Links, l => l.Uri == "https://github.com/LukeBailey181/sgs");
        Assert.Equal(LinkOrigin.Text, code.Origin);
        Assert.Equal(1, code.Page);
        Assert.Contains("Code available at https://github.com/LukeBailey181/sgs", doc.Sentences[code.SentenceIndex].Text);

        Assert.Equal("Scaling Self-Play with Self-Guidance", doc.Title);
        Assert.Contains(doc.TitleBlock.Affiliations, l => l.Text == "Stanford University");
        Assert.Contains(doc.TitleBlock.Authors, l => l.Text.Contains("Tengyu Ma"));
        Assert.Equal(["ljbailey@stanford.edu"], doc.TitleBlock.Emails);
        Assert.True(doc.ContainsVerbatim("Applying SGS to formal theorem proving in Lean4, we find that it surpasses the asymptotic solve rate of our strongest RL baseline"));
    }

    [CorpusFact]
    public void Brace_emails_are_expanded_and_company_affiliations_found()
    {
        var doc = CorpusDocuments.Load("covington2016deep");
        Assert.Equal(["pcovington@google.com", "jka@google.com", "msargin@google.com"], doc.TitleBlock.Emails);
        Assert.Contains(doc.TitleBlock.Affiliations, l => l.Text == "Google");
        Assert.Equal("Deep Neural Networks for YouTube Recommendations", doc.Title);
        Assert.Contains(doc.Sections, s => s.Kind == SectionKind.Experiments);
    }

    [CorpusFact]
    public void First_page_affiliation_footnotes_are_affiliations()
    {
        var doc = CorpusDocuments.Load("fu2020latent");
        Assert.Contains(doc.TitleBlock.Affiliations, l => l.Text.Contains("Work done during an internship at Alibaba"));
        Assert.Contains(doc.TitleBlock.Affiliations, l => l.Text.Contains("University of Edinburgh"));
        Assert.Contains("yao.fu@ed.ac.uk", doc.TitleBlock.Emails);
        var code = Assert.Single(doc.Links, l => l.Uri == "https://github.com/FranxYao/Gumbel-CRF");
        Assert.Equal("Our code is available at https://github.com/FranxYao/Gumbel-CRF.", doc.Sentences[code.SentenceIndex].Text);
    }

    [CorpusFact]
    public void Urls_broken_across_lines_are_rejoined()
    {
        var han = CorpusDocuments.Load("han2025can");
        Assert.Contains(han.Links, l => l.Uri == "https://github.com/Glaciohound/Multi-Turn-Instruct" && l.Origin == LinkOrigin.Text);
        Assert.True(han.ContainsVerbatim("Data and codes are released at https://github.com/Glaciohound/Multi-Turn-Instruct."));

        var frances = CorpusDocuments.Load("frances2016existential");
        var pubs = Assert.Single(frances.Links, l => l.Uri == "gfrances.github.io/pubs");
        Assert.Contains("The source code of ES plus all problem encodings are available", frances.Sentences[pubs.SentenceIndex].Text);
    }

    [CorpusFact]
    public void Algorithm_floats_carry_their_numbered_lines()
    {
        var doc = CorpusDocuments.Load("icml15-osogami15");
        var algorithms = doc.Floats.Where(f => f.Kind == FloatKind.Algorithm).ToList();
        Assert.Equal(["Algorithm 1", "Algorithm 2", "Algorithm 3"], algorithms.Select(f => f.Label));
        Assert.Equal("Algorithm 1 Robust value iteration", algorithms[0].Caption);
        Assert.All(algorithms, a => Assert.StartsWith("1:", a.ContentLines[0].Text));
        Assert.Equal("IBM Research - Tokyo, Tokyo, Japan", Assert.Single(doc.TitleBlock.Affiliations).Text);
    }

    [CorpusFact]
    public void Theory_paper_sections_and_small_capital_emails()
    {
        var doc = CorpusDocuments.Load("daniely2024sample");
        Assert.Contains(doc.Sections, s => s.Heading == "4. Proof of Theorem 9" && s.Kind == SectionKind.Theory);
        Assert.DoesNotContain(doc.Sections, s => s.Kind == SectionKind.Experiments);
        Assert.Contains("amit.daniely@mail.huji.ac.il", doc.TitleBlock.Emails);
        Assert.Contains(doc.TitleBlock.Affiliations, l => l.Text.Contains("Google Research"));
    }

    [CorpusFact]
    public void Unnumbered_headings_of_a_nature_paper_are_found()
    {
        var doc = CorpusDocuments.Load("silver2016mastering");
        Assert.Contains(doc.Sections, s => s.Heading == "Supervised learning of policy networks");
        Assert.Contains(doc.Sections, s => s.Heading == "Discussion" && s.Kind == SectionKind.Discussion);
    }

    public static TheoryData<string> InvariantPapers =>
    [
        "bailey2026scaling", "covington2016deep", "fu2020latent", "han2025can", "icml15-osogami15",
        "daniely2024sample", "cropper2020learning", "deng2020graphzoom", "dilkas2023synthesising", "amir2013cognitive",
        "bourgain2014toward", "silver2016mastering",
    ];

    [CorpusTheory]
    [MemberData(nameof(InvariantPapers))]
    public void Span_invariants_hold_on_real_papers(string id)
    {
        var doc = CorpusDocuments.Load(id);
        Assert.True(doc.Sentences.Count > 100);
        Assert.True(doc.Sections.Count >= 5);
        DocumentInvariants.Check(doc);
    }
}
