using RuleEngine.Document.Building;
using RuleEngine.Document.Text;

namespace RuleEngine.Document.Tests.Text;

public class LigatureRepairTests
{
    [Theory]
    [InlineData("\uFB00", "ff")]
    [InlineData("\uFB01", "fi")]
    [InlineData("\uFB02", "fl")]
    [InlineData("\uFB03", "ffi")]
    [InlineData("\uFB04", "ffl")]
    [InlineData("\uFB05", "st")]
    [InlineData("\uFB06", "st")]
    public void Expands_every_ligature_code_point(string ligature, string expected)
    {
        Assert.Equal(expected, LigatureRepair.Expand(ligature[0]));
        Assert.Equal("a" + expected + "b", LigatureRepair.Repair("a" + ligature + "b"));
    }

    [Theory]
    [InlineData("the \uFB01nal con\uFB01guration is e\uFB03cient", "the final configuration is efficient")]
    [InlineData("con \uFB01 guration", "configuration")]          // ligature glyph as its own token
    [InlineData("the \uFB01 rst step", "the first step")]         // spurious space after, real space before
    [InlineData("signi \uFB01 cant", "significant")]
    [InlineData("  two   spaces\tand a tab ", "two spaces and a tab")]
    [InlineData("Universit\u00A8at Stuttgart", "Universität Stuttgart")] // spacing diaeresis before the letter
    [InlineData("Montr\u00B4eal", "Montréal")]
    [InlineData("http://www.cs.utexas.edu/\u02DCrofuyu/", "http://www.cs.utexas.edu/~rofuyu/")]
    [InlineData("x\u200By", "xy")]
    [InlineData("\uFF21\uFF22\uFF23 full width", "ABC full width")] // NFKC
    public void Repairs_lines(string input, string expected) => Assert.Equal(expected, LigatureRepair.Repair(input));

    [Fact]
    public void Plain_ascii_is_returned_unchanged()
    {
        const string s = "Plain ASCII line, nothing to do.";
        Assert.Same(s, LigatureRepair.Repair(s));
    }

    [Theory]
    [InlineData("we use an e cient solver", "we use an efficient solver")]
    [InlineData("a signi cant di erent e ect", "a significant different effect")]
    [InlineData("we de ne the loss", "we define the loss")]
    [InlineData("a role of ten", "a role of ten")] // not a dropped ligature
    public void Restores_glyphs_dropped_with_a_space(string input, string expected)
    {
        Assert.True(BrokenGlyphRepair.MayNeedRepair(input) || input == expected);
        Assert.Equal(expected, BrokenGlyphRepair.MayNeedRepair(input) ? BrokenGlyphRepair.Repair(input, null) : input);
    }

    [Fact]
    public void Resolves_a_lost_glyph_with_the_papers_vocabulary()
    {
        var vocab = WordVocabulary.FromLines(["the workflow was fine"]);
        Assert.Equal("the workflow", BrokenGlyphRepair.Repair("the work\uFFFDow", vocab));
        // Not between letters (math): left alone.
        Assert.Equal("S\uFFFD x", BrokenGlyphRepair.Repair("S\uFFFD x", vocab));
    }

    [Fact]
    public void Builder_repairs_ligatures_in_document_text_and_lines()
    {
        var doc = PaperDocumentBuilder.FromText("We \uFB01rst de\uFB01ne an e\uFB03cient \uFB02ow.");
        Assert.Equal("We first define an efficient flow.", doc.Text);
        Assert.Equal("We first define an efficient flow.", doc.Lines[0].Text);
        DocumentInvariants.Check(doc);
    }
}
