using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Tests.Building;

public class ParagraphTests
{
    private static PaperDocument BuildLines(params LayoutLine[] lines) =>
        PaperDocumentBuilder.Build("x.pdf", "", [new LayoutPage(1, 612, 792, lines, [])]);

    private static string[] Paragraphs(PaperDocument doc) => doc.Text.Split('\n');

    [Fact]
    public void Lines_of_a_paragraph_are_joined_with_single_spaces()
    {
        var doc = BuildLines(
            new("This is the first line of a paragraph that", 72, 100, 468, 10, false, 0),
            new("goes on to a second line and then to a", 72, 112, 468, 10, false, 0),
            new("third line.", 72, 124, 60, 10, false, 0));
        Assert.Equal("This is the first line of a paragraph that goes on to a second line and then to a third line.", doc.Text);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Indented_first_line_starts_a_paragraph()
    {
        var doc = BuildLines(
            new("The first paragraph ends on a full line that fills the column width.", 72, 100, 468, 10, false, 0),
            new("The second paragraph starts with an indented first line of text.", 87, 112, 453, 10, false, 0),
            new("and continues at the margin for a while until it stops here.", 72, 124, 468, 10, false, 0));
        Assert.Equal(2, Paragraphs(doc).Length);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Large_gap_starts_a_paragraph_unless_the_sentence_visibly_continues()
    {
        var doc = BuildLines(
            new("We minimise the following objective over all the parameters of the model", 72, 100, 468, 10, false, 0),
            new("L(θ) = Σ ℓ(x, y; θ) (1)", 200, 130, 150, 10, false, 0),
            new("where ℓ is the loss of one example and θ are the weights of the network.", 72, 160, 468, 10, false, 0),
            new("A new paragraph after a gap begins with a capital letter as usual here.", 72, 190, 468, 10, false, 0));
        var paras = Paragraphs(doc);
        Assert.Equal(3, paras.Length);
        Assert.StartsWith("L(θ)", paras[1]);
        Assert.EndsWith("weights of the network.", paras[1]);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Column_change_starts_a_paragraph_only_after_a_finished_sentence()
    {
        var doc = BuildLines(
            new("The left column ends in the middle of a sentence that goes", 72, 700, 230, 10, false, 1),
            new("on in the right column at the top of the page as usual.", 320, 80, 230, 10, false, 2),
            new("Then another short line ends the right column paragraph.", 320, 92, 230, 10, false, 2));
        Assert.Single(Paragraphs(doc));

        var doc2 = BuildLines(
            new("The left column ends with a complete sentence right at the end.", 72, 700, 230, 10, false, 1),
            new("The right column starts a fresh paragraph at the top of the page.", 320, 80, 230, 10, false, 2));
        Assert.Equal(2, Paragraphs(doc2).Length);
    }

    [Fact]
    public void Short_line_ending_a_sentence_and_font_changes_start_paragraphs()
    {
        var doc = BuildLines(
            new("A paragraph whose last line is short and ends with a full stop in the", 72, 100, 468, 10, false, 0),
            new("column.", 72, 112, 40, 10, false, 0),
            new("Next paragraph without indentation starts right below it on the page.", 72, 124, 468, 10, false, 0),
            new("1 A footnote in smaller type at the bottom of the page.", 72, 700, 300, 8, false, 0));
        Assert.Equal(3, Paragraphs(doc).Length);
    }

    [Fact]
    public void Pages_start_new_paragraphs_and_partition_the_text()
    {
        var doc = PaperDocumentBuilder.FromText("End of page one without a stop\n<<<PAGE>>>\n\n<<<PAGE>>>\ncontinues on page three.");
        Assert.Equal(3, doc.Pages.Count);
        Assert.Equal("End of page one without a stop\ncontinues on page three.", doc.Text);
        Assert.Equal("", doc.Slice(doc.Pages[1].Span).Trim()); // an empty page holds at most the paragraph separator
        Assert.DoesNotContain(doc.Lines, l => l.Page == 2);
        Assert.Equal(3, doc.Sentences[1].Page);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Empty_input_builds_an_empty_document()
    {
        var doc = PaperDocumentBuilder.FromText("");
        Assert.Equal("", doc.Text);
        Assert.Empty(doc.Sentences);
        Assert.Single(doc.Pages);
        Assert.Equal("", doc.Title);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Consecutive_footnotes_are_separate_paragraphs()
    {
        var doc = BuildLines(
            new("A body line that is long enough to count as running text in the column, and it goes", 72, 576, 468, 10, false, 0),
            new("on for another line of the same length so that the body font is the usual size here", 72, 588, 468, 10, false, 0),
            new("and a third line to end it.", 72, 600, 140, 10, false, 0),
            new("2 https://doi.org/10.5281/zenodo.8004077", 72, 700, 200, 8, false, 0),
            new("3 In the current implementation, the rules applied non-greedily are listed here.", 72, 710, 400, 8, false, 0));
        Assert.Equal(3, Paragraphs(doc).Length);
        Assert.StartsWith("3 In the current", Paragraphs(doc)[2]);
    }

    [Fact]
    public void A_leading_empty_page_keeps_sentences_on_the_right_page()
    {
        var doc = PaperDocumentBuilder.FromText("\n<<<PAGE>>>\nHello there. Second sentence.");
        Assert.Equal(2, doc.Pages.Count);
        Assert.All(doc.Sentences, s => Assert.Equal(2, s.Page));
    }
}
