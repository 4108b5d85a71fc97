using RuleEngine.Document.Building;
using RuleEngine.Document.Text;

namespace RuleEngine.Document.Tests.Text;

public class DehyphenatorTests
{
    [Theory]
    [InlineData("for better reproduc-", "ibility of results", "reproducibility")]
    [InlineData("we compare the state-of-", "the-art methods", "state-of-the-art")]
    [InlineData("we compare the state-", "of-the-art methods", "state-of-the-art")]
    [InlineData("a simple non-", "linear model", "non-linear")]
    [InlineData("the self-", "attention layer", "self-attention")]
    [InlineData("a multi-", "task objective", "multi-task")]
    [InlineData("there are multi-", "ple ways", "multiple")]
    [InlineData("using a cross-", "validation split", "cross-validation")]
    [InlineData("we use pre-", "trained weights", "pre-trained")]
    [InlineData("the pre-", "diction is", "prediction")]
    [InlineData("the Cross-", "Entropy loss", "Cross-Entropy")]
    [InlineData("during the COVID-", "19 pandemic", "COVID-19")]
    [InlineData("a model-", "based method", "model-based")]
    [InlineData("an end-to-", "end system", "end-to-end")]
    [InlineData("the k-", "means algorithm", "k-means")]
    [InlineData("we train the classi-", "fier on", "classifier")]
    [InlineData("the experi-", "ments show", "experiments")]
    [InlineData("under-", "standing the", "understanding")]
    [InlineData("a fine-", "tuned model", "fine-tuned")]
    [InlineData("a real-", "world dataset", "real-world")]
    [InlineData("inter-", "esting results", "interesting")]
    [InlineData("the BERT-", "based encoder", "BERT-based")]
    public void Joins_hyphenated_line_ends(string line, string next, string expectedWord)
    {
        var doc = PaperDocumentBuilder.FromText(line + "\n" + next);
        Assert.Contains(expectedWord + " ", doc.Text + " ");
        Assert.DoesNotContain("- ", doc.Text);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void The_papers_own_spelling_wins()
    {
        var vocab = WordVocabulary.FromLines(["we use pretrained weights and pretrained models"]);
        Assert.True(Dehyphenator.ShouldRemoveHyphen("with pre-", "trained models", vocab));
        var hyphenated = WordVocabulary.FromLines(["a co-occurrence matrix of co-occurrence counts"]);
        Assert.False(Dehyphenator.ShouldRemoveHyphen("the co-", "occurrence graph", hyphenated));
        Assert.True(Dehyphenator.ShouldRemoveHyphen("the co-", "occurrence graph", null)); // "co-" alone: hyphenation
    }

    [Fact]
    public void The_papers_spelling_also_rejoins_capitalised_parts()
    {
        var doc = PaperDocumentBuilder.FromText("We parallelize the solver in LIBLINEAR, a widely used package.\nSuch a strategy forms the core algorithm in the LIBLIN-\nEAR package.");
        Assert.Contains("in the LIBLINEAR package.", doc.Text);
    }

    [Fact]
    public void A_suspended_hyphen_keeps_its_space()
    {
        Assert.Equal(HyphenJoin.KeepHyphenAndSpace, Dehyphenator.Join("both pre-", "and post-training", null));
        var doc = PaperDocumentBuilder.FromText("both pre-\nand post-training");
        Assert.Equal("both pre- and post-training", doc.Text);
    }

    [Theory]
    [InlineData("a dash -", false)]
    [InlineData("word-", true)]
    [InlineData("x", false)]
    [InlineData("range 1-", true)]
    public void Recognises_hyphenated_line_ends(string line, bool expected) => Assert.Equal(expected, Dehyphenator.EndsWithHyphen(line));

    [Fact]
    public void Line_keeps_its_hyphen_and_start_points_at_the_joined_word()
    {
        var doc = PaperDocumentBuilder.FromText("improves reproduc-\nibility a lot");
        Assert.Equal("improves reproducibility a lot", doc.Text);
        Assert.Equal("improves reproduc-", doc.Lines[0].Text);
        Assert.Equal("ibility a lot", doc.Text[doc.Lines[1].Start..]);
        DocumentInvariants.Check(doc);
    }
}
