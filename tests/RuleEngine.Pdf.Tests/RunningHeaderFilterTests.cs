using RuleEngine.Document.Layout;

namespace RuleEngine.Pdf.Tests;

/// <summary>Header/footer removal across pages, on hand-made layouts.</summary>
public sealed class RunningHeaderFilterTests
{
    private static LayoutLine Line(string text, double y) => new(text, 72, y, 300, 10, false, 0);

    private static LayoutPage Page(int number, params LayoutLine[] lines) => new(number, 612, 792, lines, []);

    [Fact]
    public void Alternating_headers_with_page_numbers_are_removed()
    {
        var pages = Enumerable.Range(1, 8).Select(n => Page(n,
            Line(n % 2 == 0 ? $"{n} A. Author and B. Author" : $"A Paper Title {n}", 40),
            Line($"Body line of page {n}.", 200),
            Line("The same sentence may recur in the body.", 400))).ToList();

        var filtered = RunningHeaderFilter.Apply(pages);

        Assert.All(filtered, p => Assert.Equal(2, p.Lines.Count));
        Assert.All(filtered, p => Assert.StartsWith("Body line", p.Lines[0].Text));
    }

    [Fact]
    public void A_line_at_the_top_of_only_one_page_stays()
    {
        var pages = Enumerable.Range(1, 6).Select(n => Page(n, Line(n == 1 ? "Journal of Tests, Vol. 1" : $"Text {n}", 40), Line("Body", 300))).ToList();

        var filtered = RunningHeaderFilter.Apply(pages);

        Assert.Equal("Journal of Tests, Vol. 1", filtered[0].Lines[0].Text);
    }

    [Fact]
    public void Repeated_text_at_different_heights_is_not_a_header()
    {
        var pages = Enumerable.Range(1, 6).Select(n => Page(n, Line("Algorithm 1", 30 + n * 8), Line("Body", 300))).ToList();

        var filtered = RunningHeaderFilter.Apply(pages);

        Assert.All(filtered, p => Assert.Equal(2, p.Lines.Count));
    }

    [Fact]
    public void Lone_page_numbers_at_the_bottom_are_removed_even_on_a_single_page()
    {
        var filtered = RunningHeaderFilter.Apply([Page(1, Line("Body", 300), Line("1", 760))]);

        Assert.Equal(["Body"], filtered[0].Lines.Select(l => l.Text));
    }
}
