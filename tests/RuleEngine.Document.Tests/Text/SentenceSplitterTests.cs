using RuleEngine.Document.Building;
using RuleEngine.Document.Text;

namespace RuleEngine.Document.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var splitter = new SentenceSplitter();
        return splitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Fact]
    public void Splits_plain_sentences()
    {
        Assert.Equal(["We train a model.", "It works well!", "Does it generalise?"],
            Split("We train a model. It works well! Does it generalise?"));
    }

    [Theory]
    [InlineData("As shown by Smith et al. (2019), the method converges. Then we stop.", 2)]
    [InlineData("As shown by Smith et al. [12], the method converges. Then we stop.", 2)]
    [InlineData("We use optimisers, e.g. Adam and SGD. Then we stop.", 2)]
    [InlineData("We use optimisers, i.e. Adam. Then we stop.", 2)]
    [InlineData("The results are in Fig. 3 and Eq. (2) holds. Then we stop.", 2)]
    [InlineData("See Sec. 4 and Tab. 2 for details. Then we stop.", 2)]
    [InlineData("Adam vs. SGD is compared. Then we stop.", 2)]
    [InlineData("Accuracy and recall resp. F1 are reported. Then we stop.", 2)]
    [InlineData("It takes approx. 3 hours on a GPU. Then we stop.", 2)]
    [InlineData("This was proposed by J. Smith and A. B. Jones in 2019. Then we stop.", 2)]
    [InlineData("The learning rate is 3.5 and the decay 0.99. Then we stop.", 2)]
    [InlineData("The code follows Smith et al. We then evaluate it.", 2)] // "et al." can end a sentence
    [InlineData("We multiply by the matrix A. Then we stop.", 2)]        // an initial-looking end of sentence
    [InlineData("Details are in Appendix A. Then we stop.", 2)]
    [InlineData("We used the solver MOSEK (ver. 7.1.0.12) for all runs. Then we stop.", 2)]
    [InlineData("The toolbox ver. 2.3 was used throughout. Then we stop.", 2)]
    [InlineData("Results of the first ver. Then we stop.", 2)]           // "ver." before a capital still ends a sentence
    public void Undoes_academic_false_breaks(string text, int expected)
    {
        var sentences = Split(text);
        Assert.Equal(expected, sentences.Count);
        Assert.Equal("Then we stop.", sentences[^1].Replace("We then evaluate it.", "Then we stop."));
    }

    [Fact]
    public void Cuts_run_away_sentences_at_a_line_boundary()
    {
        // A table dumped as text: 60 rows with no sentence end.
        var rows = Enumerable.Range(1, 60).Select(i => $"Method{i} 0.{i:00} 0.{(i * 7) % 100:00} 0.{(i * 3) % 100:00}").ToList();
        var doc = PaperDocumentBuilder.FromText(string.Join('\n', rows));
        Assert.True(doc.Sentences.Count > 1);
        Assert.All(doc.Sentences, s => Assert.True(s.Text.Length <= 600));
        // Every cut falls where a printed line begins.
        var lineStarts = doc.Lines.Select(l => l.Start).ToHashSet();
        Assert.All(doc.Sentences, s => Assert.Contains(s.Span.Start, lineStarts));
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Sentences_continue_across_lines_of_a_paragraph_but_not_across_paragraphs()
    {
        var doc = PaperDocumentBuilder.FromText(
            "We trained the model on eight NVIDIA V100 GPUs for\n" +
            "three days with a batch size of 256 and a learning rate of\n" +
            "0.001. The code is available online.\n" +
            "\n" +
            "A new paragraph starts here");
        Assert.Equal(3, doc.Sentences.Count);
        Assert.Equal("We trained the model on eight NVIDIA V100 GPUs for three days with a batch size of 256 and a learning rate of 0.001.", doc.Sentences[0].Text);
        Assert.Equal("A new paragraph starts here", doc.Sentences[2].Text);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Sentence_pages_are_where_they_start()
    {
        var doc = PaperDocumentBuilder.FromText("First page sentence.\n<<<PAGE>>>\nSecond page one. And another.\fThird page.");
        Assert.Equal([1, 2, 2, 3], doc.Sentences.Select(s => s.Page));
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Never_breaks_inside_a_url_or_after_a_list_number()
    {
        Assert.Equal(["See https://www.youtube.com/watch?v=abc for the video.", "Then we stop."],
            Split("See https://www.youtube.com/watch?v=abc for the video. Then we stop."));
        Assert.Equal(["1. We propose a method."], Split("1. We propose a method."));
    }

    [Fact]
    public void Splits_after_a_footnote_marker_glued_to_a_full_stop()
    {
        Assert.Equal(["We improve embedding algorithms.1", "GraphZoom first fuses graphs."],
            Split("We improve embedding algorithms.1 GraphZoom first fuses graphs."));
        Assert.Single(Split("The overview is in Fig.1 Overview of the method."));
    }
}
