using RuleEngine.Document.Building;
using RuleEngine.Document.Structure;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Tests.Structure;

public class HeadingTests
{
    [Theory]
    [InlineData("3 Experiments", HeadingNumbering.Numeric, "Experiments")]
    [InlineData("3.2 Setup", HeadingNumbering.Numeric, "Setup")]
    [InlineData("1. Introduction", HeadingNumbering.Numeric, "Introduction")]
    [InlineData("4.1.2 Ablation on CIFAR-10", HeadingNumbering.Numeric, "Ablation on CIFAR-10")]
    [InlineData("IV. RESULTS", HeadingNumbering.Roman, "RESULTS")]
    [InlineData("A.1 Proofs", HeadingNumbering.Letter, "Proofs")]
    [InlineData("B Additional Experiments", HeadingNumbering.Letter, "Additional Experiments")]
    [InlineData("Appendix A", HeadingNumbering.Appendix, "Appendix A")]
    [InlineData("Appendix B: Proof of Theorem 2", HeadingNumbering.Appendix, "Proof of Theorem 2")]
    [InlineData("Abstract", HeadingNumbering.None, "Abstract")]
    [InlineData("REFERENCES", HeadingNumbering.None, "REFERENCES")]
    [InlineData("Acknowledgements", HeadingNumbering.None, "Acknowledgements")]
    [InlineData("NeurIPS Paper Checklist", HeadingNumbering.None, "NeurIPS Paper Checklist")]
    [InlineData("5 E XPERIMENTS", HeadingNumbering.Numeric, "EXPERIMENTS")] // small caps as extracted
    [InlineData("A N EURAL A RCHITECTURES", HeadingNumbering.Letter, "NEURAL ARCHITECTURES")]
    [InlineData("2 ∃-STRIPS Language", HeadingNumbering.Numeric, "∃-STRIPS Language")] // a symbol before the capital
    public void Recognises_heading_text(string line, HeadingNumbering numbering, string title)
    {
        var m = HeadingPatterns.Match(line);
        Assert.NotNull(m);
        Assert.Equal(numbering, m.Numbering);
        Assert.Equal(title, m.Title);
    }

    [Theory]
    [InlineData("1 University of Oxford")]                  // affiliation line
    [InlineData("2 Department of Computer Science, MIT")]
    [InlineData("3 0.52 0.61 0.70")]                        // table row
    [InlineData("1 x + y = 3")]                             // equation
    [InlineData("1. we first compute the gradient of the loss with respect to all the parameters of the model.")] // list item
    [InlineData("2 Related Work . . . . . . . 4")]          // table of contents
    [InlineData("12 layers with 768 hidden units")]         // lower-case: a sentence fragment
    [InlineData("V. Vapnik")]                               // a name, not a roman heading
    [InlineData("A. Krizhevsky, I. Sutskever, and G. E. Hinton")]
    [InlineData("2. First pass removing false problems. Next we take a prover")] // a run-in paragraph
    public void Rejects_what_is_not_a_heading(string line) => Assert.Null(HeadingPatterns.Match(line));

    [Fact]
    public void Run_in_abstract_is_a_heading()
    {
        var m = HeadingPatterns.Match("Abstract—We propose a new method for learning representations.");
        Assert.NotNull(m);
        Assert.True(m.IsRunIn);
        Assert.Equal("Abstract", m.Text);
    }

    [Fact]
    public void Numbering_sequence()
    {
        Assert.True(HeadingDetector.IsSuccessor(null, [1]));
        Assert.True(HeadingDetector.IsSuccessor([3], [3, 1]));
        Assert.True(HeadingDetector.IsSuccessor([3, 1], [3, 2]));
        Assert.True(HeadingDetector.IsSuccessor([3, 2], [4]));
        Assert.True(HeadingDetector.IsSuccessor([3, 2, 1], [4]));
        Assert.False(HeadingDetector.IsSuccessor([5], [1]));
        Assert.False(HeadingDetector.IsSuccessor([3], [3]));
        Assert.False(HeadingDetector.IsSuccessor([3], [9]));
        Assert.False(HeadingDetector.IsSuccessor(null, [7]));
    }

    private const string Paper = """
        A Study of Things
        Jane Doe, John Smith
        University of Somewhere

        Abstract
        We study things. This is the abstract.

        1 Introduction
        Things matter. We list our contributions:
        1. We propose a new method.
        2. We evaluate it on three benchmarks.

        2 Method
        Our method works as follows.

        3 Experiments
        We run experiments.

        3.1 Setup
        The setup is standard.

        3.2 Baselines
        We compare with two baselines.

        4 Conclusion
        We conclude.

        References
        [1] A. Author. A paper. 2020.

        A Proofs
        Proof of the theorem.

        A.1 Lemma 1
        Proof of the lemma.
        """;

    [Fact]
    public void Detects_sections_with_kinds_and_appendix_flags()
    {
        var doc = PaperDocumentBuilder.FromText(Paper);
        var got = doc.Sections.Select(s => (s.Heading, s.Kind, s.IsInAppendix)).ToList();
        Assert.Equal(
        [
            ("Abstract", SectionKind.Abstract, false),
            ("1 Introduction", SectionKind.Introduction, false),
            ("2 Method", SectionKind.Method, false),
            ("3 Experiments", SectionKind.Experiments, false),
            ("3.1 Setup", SectionKind.Experiments, false),
            ("3.2 Baselines", SectionKind.Experiments, false),
            ("4 Conclusion", SectionKind.Conclusion, false),
            ("References", SectionKind.References, false),
            ("A Proofs", SectionKind.Theory, true),
            ("A.1 Lemma 1", SectionKind.Theory, true),
        ], got);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Sentences_know_their_section_and_list_items_are_not_headings()
    {
        var doc = PaperDocumentBuilder.FromText(Paper);
        var item = doc.Sentences.Single(s => s.Text.StartsWith("2. We evaluate"));
        Assert.Equal("1 Introduction", doc.SectionOf(item)!.Heading);
        var setup = doc.Sentences.Single(s => s.Text == "The setup is standard.");
        Assert.Equal(SectionKind.Experiments, doc.SectionOf(setup)!.Kind);
        var title = doc.Sentences.First();
        Assert.Equal(-1, title.SectionIndex);
    }

    [Fact]
    public void Checklist_items_are_not_headings_and_everything_after_references_is_appendix()
    {
        var doc = PaperDocumentBuilder.FromText("""
            1 Introduction
            Text.

            References
            [1] Someone. Something. 2021.

            NeurIPS Paper Checklist
            1. Claims
            Question: Do the main claims made in the abstract reflect the paper?
            Answer: [Yes]

            2. Experimental result reproducibility
            Answer: [Yes]
            """);
        Assert.Equal(["1 Introduction", "References", "NeurIPS Paper Checklist"], doc.Sections.Select(s => s.Heading));
        Assert.Equal(SectionKind.Checklist, doc.Sections[2].Kind);
        Assert.True(doc.Sections[2].IsInAppendix);
        Assert.True(doc.Sections[2].IsBackMatter);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void An_appendix_heading_that_names_experiments_is_an_experiments_section_in_the_appendix()
    {
        var doc = PaperDocumentBuilder.FromText("""
            1 Introduction
            We prove that unit selection is hard.

            Appendix A. Proof of Theorem 3
            The claim follows by induction.

            Appendix B. Preliminary Experiment
            Each point of Figure 4 averages 25 runs on random models.
            """);
        Assert.Equal([SectionKind.Introduction, SectionKind.Appendix, SectionKind.Experiments], doc.Sections.Select(s => s.Kind));
        Assert.True(doc.Sections[2].IsInAppendix);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_table_after_the_reference_list_starts_the_appendix_even_without_a_heading()
    {
        var doc = PaperDocumentBuilder.FromText("""
            1 Introduction
            Text.

            References
            [1] Someone. Something. 2021.
            <<<PAGE>>>
            Table 7: Statistics of datasets used in this paper.
            Train Dev Test
            Beer 202385 12897 994
            """);
        Assert.Equal([SectionKind.Introduction, SectionKind.References, SectionKind.Appendix], doc.Sections.Select(s => s.Kind));
        var table = doc.Sections[2];
        Assert.StartsWith("Table 7:", table.Heading);
        Assert.True(table.IsInAppendix);
        Assert.False(table.IsBackMatter);
        Assert.True(doc.IsBodyText(doc.Sentences.Single(s => s.Text.StartsWith("Table 7:"))));
        DocumentInvariants.Check(doc);
    }

    [Theory]
    [InlineData("Experimental Results", SectionKind.Experiments)]
    [InlineData("Empirical Evaluation", SectionKind.Experiments)]
    [InlineData("Results", SectionKind.Results)]
    [InlineData("Theoretical Analysis", SectionKind.Theory)]
    [InlineData("Proofs", SectionKind.Theory)]
    [InlineData("Our Approach", SectionKind.Method)]
    [InlineData("Related Work", SectionKind.RelatedWork)]
    [InlineData("Preliminaries", SectionKind.Background)]
    [InlineData("Acknowledgments and Disclosure of Funding", SectionKind.Acknowledgements)]
    [InlineData("Bibliography", SectionKind.References)]
    [InlineData("Conclusions and Future Work", SectionKind.Conclusion)]
    [InlineData("Broader Impact", SectionKind.Discussion)]
    [InlineData("Reproducibility Checklist", SectionKind.Checklist)]
    [InlineData("Appendix", SectionKind.Appendix)]
    [InlineData("E XPERIMENTS", SectionKind.Experiments)]
    [InlineData("Something Else", SectionKind.Other)]
    public void Classifies_heading_titles(string title, SectionKind kind) => Assert.Equal(kind, SectionClassifier.Classify(title));

    [Fact]
    public void Main_results_is_theory_when_it_speaks_in_theorems()
    {
        Assert.Equal(SectionKind.Theory, SectionClassifier.Classify("Main Results", () => "Theorem 1. Let x be ..."));
        Assert.Equal(SectionKind.Results, SectionClassifier.Classify("Main Results", () => "Table 2 shows accuracy."));
    }

    [Fact]
    public void Small_capitals_split_by_extraction_are_closed_up_in_headings()
    {
        var doc = PaperDocumentBuilder.FromText("5 E XPERIMENTS\nWe run A N EW test here.\n\n5.1 T RAINING TLDR M ODELS\nText.");
        Assert.Equal(["5 EXPERIMENTS", "5.1 TRAINING TLDR MODELS"], doc.Sections.Select(s => s.Heading));
        Assert.Contains("We run A N EW test here.", doc.Text); // body text is left alone
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_lettered_heading_in_capitals_right_under_the_last_reference_starts_the_appendix()
    {
        var doc = PaperDocumentBuilder.FromText("""
            1 I NTRODUCTION
            Text of the introduction goes here.

            R EFERENCES
            Zhengxin Zhang, Qingjie Liu, and Yunhong Wang. Road extraction by deep residual u-net. IEEE Geoscience and
            Remote Sensing Letters, 15(5):749–753, 2018.
            A NEURAL ARCHITECTURES
            The experimental campaign was carried out evaluating the performance of the proposed approach using different types
            of deep convolutional architectures.
            B CODE & V ISUAL S TREAMS
            The reader can download our implementation (and data) from the following code repository.
            """);
        Assert.Equal(["1 INTRODUCTION", "REFERENCES", "A NEURAL ARCHITECTURES", "B CODE & VISUAL STREAMS"], doc.Sections.Select(s => s.Heading));
        Assert.True(doc.Sections[2].IsInAppendix);
        Assert.False(doc.Sections[2].IsBackMatter);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_wrapped_bold_heading_is_joined()
    {
        var lines = new List<RuleEngine.Document.Layout.LayoutLine>
        {
            new("Some body text that is long enough to be a normal line of text here.", 72, 100, 468, 10, false, 0),
            new("4 Experiments on Large Scale", 72, 130, 200, 12, true, 0),
            new("Benchmarks", 72, 144, 80, 12, true, 0),
            new("We describe the experiments in this section of the paper right here.", 72, 164, 468, 10, false, 0),
        };
        var doc = PaperDocumentBuilder.Build("x.pdf", "", [new RuleEngine.Document.Layout.LayoutPage(1, 612, 792, lines, [])]);
        var s = Assert.Single(doc.Sections);
        Assert.Equal("4 Experiments on Large Scale Benchmarks", s.Heading);
        Assert.Equal(SectionKind.Experiments, s.Kind);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Headings_ending_in_a_period_or_reading_like_sentences_need_a_heading_font()
    {
        // Plain text: "1. We propose a new method." is a list item.
        Assert.True(HeadingPatterns.Match("1. We propose a new method.")!.NeedsFontCue);
        var lines = new List<RuleEngine.Document.Layout.LayoutLine>
        {
            new("Some body text that is long enough to be a normal line of text here.", 72, 100, 468, 10, false, 0),
            new("2 Summarizing possessions with EPV: The possession stock ticker.", 72, 130, 330, 14, true, 0),
            new("We describe the possessions in this section of the paper right here.", 72, 150, 468, 10, false, 0),
        };
        var doc = PaperDocumentBuilder.Build("x.pdf", "", [new RuleEngine.Document.Layout.LayoutPage(1, 612, 792, lines, [])]);
        Assert.Equal("2 Summarizing possessions with EPV: The possession stock ticker.", Assert.Single(doc.Sections).Heading);
    }

    [Fact]
    public void A_heading_ending_in_a_connector_goes_on_in_small_capitals()
    {
        var lines = new List<RuleEngine.Document.Layout.LayoutLine>
        {
            new("Some body text that is long enough to be a normal line of text here.", 306, 540, 240, 10.9, false, 2),
            new("4.1 No LLM Is A Single Winner on", 306, 566, 180, 10.9, true, 2),
            new("MULTITURNINSTRUCT", 331, 579, 90, 8.7, true, 2),
            new("We evaluate a diverse set of mainstream LLMs on the benchmark here.", 306, 597, 240, 10.9, false, 2),
        };
        var doc = PaperDocumentBuilder.Build("x.pdf", "", [new RuleEngine.Document.Layout.LayoutPage(1, 612, 792, lines, [])]);
        Assert.Equal("4.1 No LLM Is A Single Winner on MULTITURNINSTRUCT", Assert.Single(doc.Sections).Heading);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Numbered_footnotes_before_the_abstract_are_not_sections()
    {
        var doc = PaperDocumentBuilder.FromText("""
            A Paper Title
            Jane Doe1 and John Smith2
            1 Laboratorio de Ciencia, Universidad Nacional
            2 Educational Technology Research Group

            Abstract
            We study things.

            1 Introduction
            Text.
            """);
        Assert.Equal(["Abstract", "1 Introduction"], doc.Sections.Select(s => s.Heading));
    }
}
