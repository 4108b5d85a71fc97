using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Sdk.Tests.Pieces;

/// <summary>
/// What the piece marker reads in a sentence. Each case writes the expected pieces inline as
/// <c>kind«text»</c>; text outside the brackets must hold no piece.
/// </summary>
public sealed class PieceMarkerTests
{
    [Theory]
    [InlineData("We randomly split the data into a training (Percentage«80%») and testing (Percentage«20%») set.")]
    [InlineData("training (Percentage«75%»), development (Percentage«5%») and evaluation (Percentage«20%»)")]
    [InlineData("a RatioList«0.75/0.05/0.2» partition")]
    [InlineData("split RatioList«70/20/10» at random")]
    [InlineData("a RatioList«7:2:1» split")]
    [InlineData("by a ratio of RatioList«8/2»")]
    [InlineData("with proportions RatioList«[0.7, 0.2, 0.1]»")]
    [InlineData("a RatioList«70-15-15» partition")]
    [InlineData("Fraction«two thirds» for training and the remainder for testing")]
    [InlineData("Fraction«4/5» as the training set")]
    [InlineData("Fraction«half» of the sample")]
    [InlineData("Number«60,000» training and Number«10,000» test images")]
    [InlineData("Number«6, 000» training examples")]
    [InlineData("Training set T1 had Number«55 000» samples, and validation T2 had Number«5 000» samples")]
    [InlineData("sizes Number«10» Number«100» Number«1000» and Number«10000»")]
    [InlineData("row Number«0.5» Number«120» Number«300»")]
    [InlineData("Number«60k» samples and Number«1.2M» tokens")]
    [InlineData("a learning rate of Number«1e-3»")]
    [InlineData("we search λ ∈ ValueSet«{0.1, 1, 10}»")]
    [InlineData("we choose γ from ValueSet«{1/4, 1/2, 1, 2, 4}»")]
    [InlineData("we vary the window ValueRange«from 2 to 20»")]
    [InlineData("values ValueRange«between 0.1 and 1»")]
    [InlineData("as shown in Label«Theorem 3» and Label«Table 2»")]
    [InlineData("see Label«Fig. 4» and Label«Section 5.1»")]
    [InlineData("For the distribution Label«(4)» and training data")]
    [InlineData("following Citation«(Smith et al., 2019)»")]
    [InlineData("as in Citation«Kipf and Welling (2017)»")]
    [InlineData("released by Google Citation«(Mikolov et al., 2013a;b)»")]
    [InlineData("as in Citation«Mikolov et al. (2013a;b)»")]
    [InlineData("the split of Citation«[12]»")]
    [InlineData("prior work Citation«[3, 5-7]»")]
    [InlineData("code at Url«https://github.com/x/y».")]
    [InlineData("solved with MOSEK (Version«ver. 7.1.0.12»)")]
    [InlineData("PyTorch Version«v1.9.0» and CUDA Version«version 11»")]
    [InlineData("MATLAB Version«R2014a»")]
    [InlineData("Number«five» runs")]
    [InlineData("CountList«141,397/46,769/84,968» sentences in the training/validation/test sets")]
    [InlineData("the train/test sets hold CountList«40,000/10,000» queries")]
    [InlineData("a split of CountList«8000/2000» reviews")]
    [InlineData("on Number«12» March, not a date like 12/03/2020")]
    public void Marks_the_pieces_written_inline(string markup)
    {
        var (text, expected) = Parse(markup);
        var actual = SentencePieces.Of(text).All.Select(p => $"{p.Kind}«{text.Substring(p.Start, p.Length)}»").ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("80%", 0.8)]
    [InlineData("two thirds", 2.0 / 3)]
    [InlineData("1/6", 1.0 / 6)]
    [InlineData("5,000", 5000)]
    [InlineData("60k", 60000)]
    [InlineData("55 000", 55000)]
    [InlineData("1 200 000", 1200000)]
    public void Quantities_carry_their_value(string text, double value)
    {
        var piece = Assert.Single(SentencePieces.Of(text).All);
        Assert.Equal(value, piece.Value, 6);
    }

    [Fact]
    public void A_year_inside_a_citation_is_not_a_number()
    {
        var pieces = SentencePieces.Of("MNIST (LeCun et al., 1998) has 60,000 training images.");
        Assert.Equal([PieceKind.Citation, PieceKind.Number], pieces.All.Select(p => p.Kind));
        Assert.True(pieces.Has(PieceKind.Citation));
        Assert.False(pieces.HasProportion);
    }

    [Fact]
    public void Words_between_pieces_are_counted_in_words()
    {
        var pieces = SentencePieces.Of("the training set (80%) and the test set (20%)");
        var first = pieces.All[0];
        Assert.Equal(["and", "the", "test", "set"], pieces.WordsBetween(first.End, pieces.All[1].Start));
        Assert.Equal("set", pieces.WordBefore(first.Start));
        Assert.Equal("and", pieces.WordAfter(first.End));
    }

    private static (string Text, List<string> Pieces) Parse(string markup)
    {
        var text = new System.Text.StringBuilder();
        var pieces = new List<string>();
        var i = 0;
        while (i < markup.Length)
        {
            var open = markup.IndexOf('«', i);
            if (open < 0) { text.Append(markup[i..]); break; }
            var kindStart = open;
            while (kindStart > i && char.IsLetter(markup[kindStart - 1])) kindStart--;
            text.Append(markup[i..kindStart]);
            var close = markup.IndexOf('»', open);
            var kind = markup[kindStart..open];
            var inner = markup[(open + 1)..close];
            pieces.Add($"{kind}«{inner}»");
            text.Append(inner);
            i = close + 1;
        }
        return (text.ToString(), pieces);
    }

    [Theory]
    [InlineData("We split the data 80/20.", true)]
    [InlineData("Our test set has 500 images.", true)]
    [InlineData("They held out 20% of the users.", false)]
    [InlineData("Between-subject designs were used.", false)]
    public void First_person_is_the_authors_own_voice(string sentence, bool expected) =>
        Assert.Equal(expected, Words.IsFirstPerson(sentence));
}
