using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Document.Links;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Tests.Links;

public class UrlTests
{
    [Theory]
    [InlineData("Code is at https://github.com/x/y.", "https://github.com/x/y")]
    [InlineData("Code is at github.com/cornell-zhang/GraphZoom.", "github.com/cornell-zhang/GraphZoom")]
    [InlineData("see (http://www.cs.utexas.edu/~rofuyu/exp-codes/) for details", "http://www.cs.utexas.edu/~rofuyu/exp-codes/")]
    [InlineData("available on www.bitbucket.org/gfrances/pubs/wiki/icaps2015.", "www.bitbucket.org/gfrances/pubs/wiki/icaps2015")]
    [InlineData("at https://en.wikipedia.org/wiki/Foo_(bar), see", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("the site gfrances.github.io and more", "gfrances.github.io")]
    [InlineData("doi https://doi.org/10.1184/R1/28934195.", "https://doi.org/10.1184/R1/28934195")]
    public void Finds_printed_urls(string text, string url)
    {
        var found = UrlFinder.Find(text);
        Assert.Equal(url, Assert.Single(found).Url);
    }

    [Theory]
    [InlineData("Write to jane@cs.ox.ac.uk for details")]   // an e-mail domain is not a URL
    [InlineData("We use e.g. Adam and i.e. SGD.")]
    [InlineData("The ratio 3.5/2 is used")]
    public void Ignores_what_is_not_a_url(string text) => Assert.Empty(UrlFinder.Find(text));

    [Theory]
    [InlineData("Data and codes are released at https://github.com/", "Glaciohound/Multi-Turn-Instruct.", "https://github.com/Glaciohound/Multi-Turn-Instruct")]
    [InlineData("are available on www.bitbucket.", "org/gfrances/pubs/wiki/icaps2015.", "www.bitbucket.org/gfrances/pubs/wiki/icaps2015")]
    [InlineData("problem encodings are available on gfrances.github.", "io/pubs.", "gfrances.github.io/pubs")]
    [InlineData("Our code is available in http://www.cs.utexas.edu/~rofuyu/", "exp-codes/passcode-icml15-exp/.", "http://www.cs.utexas.edu/~rofuyu/exp-codes/passcode-icml15-exp/")]
    [InlineData("see https://github.com/passcode-", "icml15-exp/ for it", "https://github.com/passcode-icml15-exp/")]
    [InlineData("Code available at https://github.com/LukeBai", "ley181/sgs and more", "https://github.com/LukeBailey181/sgs")]
    public void Repairs_urls_broken_across_lines(string line1, string line2, string url)
    {
        var doc = PaperDocumentBuilder.FromText(line1 + "\n" + line2);
        var link = Assert.Single(doc.Links);
        Assert.Equal(url, link.Uri);
        Assert.Equal(LinkOrigin.Text, link.Origin);
        Assert.Contains(url, doc.Sentences[link.SentenceIndex].Text);
        DocumentInvariants.Check(doc);
    }

    [Theory]
    [InlineData("The code is at https://github.com/x/y", "and the data at the same place.")]
    [InlineData("There are many places to host code for papers, e.g.", "github.com/x/y is one host among several others that we know.")]
    [InlineData("see https://github.com/x/", "Then we evaluate it on data.")]
    public void Does_not_glue_separate_words_to_a_url(string line1, string line2)
    {
        Assert.False(UrlFinder.ContinuesAcrossLines(line1, line2));
        var doc = PaperDocumentBuilder.FromText(line1 + "\n" + line2);
        Assert.DoesNotContain(line1 + line2.Split(' ')[0], doc.Text);
    }

    [Fact]
    public void Annotation_links_locate_their_anchor_and_duplicates_of_printed_urls_are_dropped()
    {
        var lines = new List<LayoutLine>
        {
            new("Our code is provided here and at https://github.com/a/b.", 72, 100, 400, 10, false, 0),
            new("The demo is online too.", 72, 112, 200, 10, false, 0),
        };
        var page = new LayoutPage(1, 612, 792, lines,
        [
            new LayoutLink("https://github.com/a/b", "https://github.com/a/b"), // same as the printed URL
            new LayoutLink("https://example.org/code", "here"),
            new LayoutLink("https://example.org/demo", "demo"),
            new LayoutLink("https://example.org/lost", "not on the page"),
        ]);
        var doc = PaperDocumentBuilder.Build("x.pdf", "", [page]);
        Assert.Equal(4, doc.Links.Count);
        var printed = doc.Links.Single(l => l.Uri == "https://github.com/a/b");
        Assert.Equal(LinkOrigin.Text, printed.Origin);
        var here = doc.Links.Single(l => l.Uri == "https://example.org/code");
        Assert.Equal(LinkOrigin.Annotation, here.Origin);
        Assert.Equal("here", doc.Slice(here.Span));
        Assert.Equal(0, here.SentenceIndex);
        var demo = doc.Links.Single(l => l.Uri == "https://example.org/demo");
        Assert.Equal(1, demo.SentenceIndex);
        var lost = doc.Links.Single(l => l.Uri == "https://example.org/lost");
        Assert.Equal(0, lost.Span.Length);
        Assert.Equal(-1, lost.SentenceIndex);
        Assert.Equal("github.com", printed.Host);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_footnote_url_is_tied_to_the_sentence_with_its_marker()
    {
        var doc = PaperDocumentBuilder.FromText("""
            The ideas presented in this paper are implemented in CRANE1, an extension of earlier work.
            We evaluate it on several benchmarks. The results are positive.
            Further text follows here to fill the page with prose.

            1https://github.com/dilkas/crane
            """);
        var link = Assert.Single(doc.Links);
        Assert.Equal("https://github.com/dilkas/crane", link.Uri);
        Assert.StartsWith("The ideas presented", doc.Sentences[link.SentenceIndex].Text);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_footnote_without_a_marker_in_the_text_keeps_its_own_sentence()
    {
        var doc = PaperDocumentBuilder.FromText("We evaluate it on several benchmarks.\n\n2 https://github.com/x/y");
        var link = Assert.Single(doc.Links);
        Assert.Contains("https://github.com/x/y", doc.Sentences[link.SentenceIndex].Text);
    }

    [Theory]
    [InlineData("implemented in CRANE1, an extension", "1", true)]
    [InlineData("is publicly available2.", "2", true)]
    [InlineData("we report the F1 score", "1", false)]
    [InlineData("trained for 10 epochs", "1", false)]
    [InlineData("word2vec embeddings", "2", false)]
    [InlineData("our code† is online", "†", true)]
    public void Recognises_footnote_markers(string sentence, string marker, bool expected) =>
        Assert.Equal(expected, LinkResolver.CarriesMarker(sentence, marker));
}
