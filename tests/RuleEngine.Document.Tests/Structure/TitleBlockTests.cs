using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Document.Structure;

namespace RuleEngine.Document.Tests.Structure;

public class TitleBlockTests
{
    [Theory]
    [InlineData("{pcovington, jka, msargin}@google.com", new[] { "pcovington@google.com", "jka@google.com", "msargin@google.com" })]
    [InlineData("{yoav.goldberg,omerlevy}@gmail.com", new[] { "yoav.goldberg@gmail.com", "omerlevy@gmail.com" })]
    [InlineData("paulius.dilkas@nus.edu.sg, vbelle@ed.ac.uk", new[] { "paulius.dilkas@nus.edu.sg", "vbelle@ed.ac.uk" })]
    [InlineData("Correspondence to ljbailey@stanford.edu.", new[] { "ljbailey@stanford.edu" })]
    [InlineData("AMIT. DANIELY @ MAIL . HUJI . AC . IL", new[] { "amit.daniely@mail.huji.ac.il" })]
    [InlineData("No address here, just @mentions.", new string[0])]
    public void Finds_emails(string text, string[] expected) => Assert.Equal(expected, EmailFinder.Find(text));

    [Fact]
    public void Parses_a_plain_text_title_block()
    {
        var doc = PaperDocumentBuilder.FromText("""
            Scaling Self-Play with Self-Guidance
            Luke Bailey, Kaiyue Wen, Kefan Dong, Tatsunori Hashimoto, Tengyu Ma
            Stanford University
            {ljbailey, kwen}@stanford.edu
            Abstract
            LLM self-play algorithms are notable in that nothing bounds their learning.
            1Meta 2University of Southern California
            """);
        var tb = doc.TitleBlock;
        Assert.Equal("Scaling Self-Play with Self-Guidance", tb.Title);
        Assert.Equal("Scaling Self-Play with Self-Guidance", doc.Title);
        Assert.Equal(["Luke Bailey, Kaiyue Wen, Kefan Dong, Tatsunori Hashimoto, Tengyu Ma"], tb.Authors.Select(l => l.Text));
        Assert.Equal(["Stanford University", "1Meta 2University of Southern California"], tb.Affiliations.Select(l => l.Text));
        Assert.Equal(["ljbailey@stanford.edu", "kwen@stanford.edu"], tb.Emails);
        Assert.Equal(4, tb.Lines.Count);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Title_is_the_largest_font_and_footnotes_add_affiliations()
    {
        var lines = new List<LayoutLine>
        {
            new("Published as a conference paper at ICLR 2025", 72, 40, 300, 9, false, 0),
            new("Learning Things Quickly", 150, 90, 300, 17, true, 0),
            new("and Slowly", 200, 110, 150, 17, true, 0),
            new("Ann Lee1∗ and Bob Stone2", 200, 140, 200, 10, false, 0),
            new("1Meta 2University of Southern California", 180, 154, 250, 10, false, 0),
            new("Abstract", 280, 190, 50, 12, true, 0),
            new("We learn things quickly and slowly, and we show how to do both at the same time here.", 100, 210, 400, 10, false, 0),
            new("The rest of the abstract goes on for a while in this line of ordinary body text.", 100, 222, 400, 10, false, 0),
            new("∗Work done while at Google DeepMind.", 72, 740, 200, 8, false, 0),
        };
        var doc = PaperDocumentBuilder.Build("x.pdf", "", [new LayoutPage(1, 612, 792, lines, [])]);
        var tb = doc.TitleBlock;
        Assert.Equal("Learning Things Quickly and Slowly", tb.Title);
        Assert.Equal(["Ann Lee1∗ and Bob Stone2"], tb.Authors.Select(l => l.Text));
        Assert.Equal(["1Meta 2University of Southern California", "∗Work done while at Google DeepMind."], tb.Affiliations.Select(l => l.Text));
        Assert.Equal(5, tb.Lines.Count);
        DocumentInvariants.Check(doc);
    }

    [Theory]
    [InlineData("Yoav Goldberg and Omer Levy", true)]
    [InlineData("A. Smith1, B. van der Berg2,∗ and C. Jones3", true)]
    [InlineData("Department of Computer Science, Princeton University", false)]
    [InlineData("We propose a new method for learning", false)]
    public void Recognises_author_lines(string line, bool expected) => Assert.Equal(expected, TitleBlockParser.IsAuthorLine(line));
}
