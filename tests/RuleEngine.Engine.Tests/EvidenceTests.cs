using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Tests;

public sealed class EvidenceTests
{
    private static Sentence Sentence(string text) => new(0, text, 3, new TextSpan(100, text.Length));

    [Fact]
    public void A_long_sentence_is_cut_around_the_match_at_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 150)) + " the code is at https://github.com/a/b " + string.Join(' ', Enumerable.Repeat("tail", 150));
        var at = text.IndexOf("https", StringComparison.Ordinal);

        var evidence = Evidence.FromMatch(Sentence(text), at, "https://github.com/a/b".Length, "RV0004.repository-link");

        Assert.Contains("https://github.com/a/b", evidence.Quote);
        Assert.True(evidence.Quote.Length <= Evidence.MaxQuoteLength);
        Assert.Equal(3, evidence.Page);
        Assert.Contains(evidence.Quote, text);
        Assert.Equal(evidence.Quote, text.Substring(evidence.Span!.Value.Start - 100, evidence.Span.Value.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(450)]
    [InlineData(899)]
    public void A_long_sentence_without_spaces_never_throws(int at)
    {
        var text = new string('x', 900);

        var evidence = Evidence.FromMatch(Sentence(text), at, 1, "RV0004.repository-link");

        Assert.NotEmpty(evidence.Quote);
        Assert.Contains(evidence.Quote, text);
    }
}

public sealed class PaperDocumentTests
{
    [Fact]
    public void Text_after_an_empty_first_page_is_on_page_two()
    {
        var document = RuleEngine.Document.Building.PaperDocumentBuilder.FromText("\n<<<PAGE>>>\nHello there.");

        var sentence = Assert.Single(document.Sentences);
        Assert.Equal(2, document.PageOf(sentence.Span.Start));
    }

    [Fact]
    public void Tilde_variants_match_when_verifying_quotes()
    {
        var document = RuleEngine.Document.Building.PaperDocumentBuilder.FromText("See www.csie.ntu.edu.tw/~cjlin/libsvm for the data.");

        Assert.True(document.ContainsVerbatim("www.csie.ntu.edu.tw/\u02DCcjlin/libsvm"));
    }
}
