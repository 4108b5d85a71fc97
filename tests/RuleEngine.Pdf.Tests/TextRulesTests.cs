namespace RuleEngine.Pdf.Tests;

/// <summary>The small text rules: bold font names, glyph cleanup, accents, page numbers and header keys.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("ABCDEF+CMBX10", true)]
    [InlineData("Times-Bold", true)]
    [InlineData("Arial,Bold", true)]
    [InlineData("Arial,BoldItalic", true)]
    [InlineData("XYZABC+NimbusRomNo9L-Medi", true)]
    [InlineData("Helvetica-Black", true)]
    [InlineData("MyriadPro-Semibold", true)]
    [InlineData("LMRomanDemi10-Regular", true)]
    [InlineData("SFBX1000", true)]
    [InlineData("ABCDEF+CMR10", false)]
    [InlineData("Times-Roman", false)]
    [InlineData("XYZABC+NimbusRomNo9L-Regu", false)]
    [InlineData("CMMI10", false)]
    [InlineData("Helvetica", false)]
    public void Bold_is_told_from_the_font_name(string name, bool bold) => Assert.Equal(bold, FontStyle.IsBoldName(name));

    [Theory]
    [InlineData("a\u0000b", "ab")]
    [InlineData("\u0007", "")]
    [InlineData("\u0085x\u009F", "x")]
    [InlineData("ﬁ", "ﬁ")]
    [InlineData("é", "é")]
    public void Control_characters_are_dropped(string raw, string clean) => Assert.Equal(clean, GlyphText.Clean(raw));

    [Fact]
    public void Spacing_accents_combine_with_their_letter()
    {
        Assert.Equal('\u0301', GlyphText.CombiningMarkOf("\u00B4"));
        Assert.Equal('\u0308', GlyphText.CombiningMarkOf("\u00A8"));
        Assert.Equal('\0', GlyphText.CombiningMarkOf("a"));
        Assert.Equal("é", GlyphText.Compose("e", '\u0301'));
        Assert.Equal("ö", GlyphText.Compose("o", '\u0308'));
    }

    [Theory]
    [InlineData("7", true)]
    [InlineData("123", true)]
    [InlineData("- 7 -", true)]
    [InlineData("Page 3", true)]
    [InlineData("3 of 12", true)]
    [InlineData("3/12", true)]
    [InlineData("iv", true)]
    [InlineData("xii", true)]
    [InlineData("civil", false)]
    [InlineData("Table 3", false)]
    [InlineData("3.5", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void Bare_page_numbers_are_recognised(string text, bool isPageNumber) =>
        Assert.Equal(isPageNumber, RunningHeaderFilter.IsPageNumber(text));

    [Fact]
    public void Header_keys_ignore_digits_case_and_spacing()
    {
        Assert.Equal(RunningHeaderFilter.Key("Smith et al.   12"), RunningHeaderFilter.Key("SMITH ET AL. 3"));
        Assert.Equal("# a title", RunningHeaderFilter.Key(" 2020 A  Title "));
        Assert.NotEqual(RunningHeaderFilter.Key("Left header"), RunningHeaderFilter.Key("Right header"));
    }
}
