using RuleEngine.Document.Layout;
using RuleEngine.TestSupport;

namespace RuleEngine.Pdf.Tests;

/// <summary>The reader on real papers from ../shared/corpus (skipped when the corpus is absent).</summary>
public sealed class CorpusLayoutTests
{
    private static readonly PdfLayoutReader Reader = new();
    private static readonly Dictionary<string, LayoutDocument> Cache = new();

    /// <summary>Each corpus paper is read once per test run.</summary>
    private static LayoutDocument Read(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var doc)) Cache[id] = doc = Reader.Read(RepoPaths.CorpusPdf(id));
            return doc;
        }
    }

    /// <summary>The first page only (for long papers whose first page is what a test needs).</summary>
    private static LayoutPage FirstPage(string id) => new PdfLayoutReader(maxPages: 1).Read(RepoPaths.CorpusPdf(id)).Pages[0];

    private static int IndexOf(IReadOnlyList<LayoutLine> lines, string start)
    {
        var i = lines.ToList().FindIndex(l => l.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.True(i >= 0, $"no line starts with '{start}'");
        return i;
    }

    [CorpusFact]
    public void Two_column_paper_reads_the_left_column_before_the_right_column()
    {
        // ICML 2015, page 2: the sentence "... this is accom- / plished by ..." continues from the
        // bottom of the left column to the top of the right column.
        var page = Read("icml15-ganin15").Pages[1];

        var last = IndexOf(page.Lines, "match feature space distributions, however this is accom-");
        var first = IndexOf(page.Lines, "plished by modifying the feature representation itself rather");

        Assert.Equal(last + 1, first);
        Assert.Equal(1, page.Lines[last].Column);
        Assert.Equal(2, page.Lines[first].Column);
        Assert.True(page.Lines[first].Y < page.Lines[last].Y, "the right column starts higher on the page");
        // No line mixes the two columns.
        Assert.All(page.Lines, l => Assert.True(l.Width < page.Width / 2, $"line spans both columns: {l.Text}"));
    }

    [CorpusFact]
    public void Full_width_title_comes_before_both_columns_and_headings_are_bold()
    {
        var page = Read("icml15-ganin15").Pages[0];

        Assert.Equal("Unsupervised Domain Adaptation by Backpropagation", page.Lines[0].Text);
        Assert.Equal(0, page.Lines[0].Column);
        Assert.True(page.Lines[0].IsBold);
        var intro = page.Lines[IndexOf(page.Lines, "1. Introduction")];
        Assert.True(intro.IsBold);
        Assert.Equal(12, intro.FontSize, 0);
        Assert.False(page.Lines[IndexOf(page.Lines, "Deep feed-forward architectures")].IsBold);
    }

    [CorpusFact]
    public void Icml_running_title_is_removed_from_pages_after_the_first()
    {
        var doc = Read("icml15-ganin15");
        const string title = "Unsupervised Domain Adaptation by Backpropagation";

        Assert.Contains(doc.Pages[0].Lines, l => l.Text == title);
        foreach (var page in doc.Pages.Skip(1))
            Assert.DoesNotContain(page.Lines, l => l.Text == title);
    }

    [CorpusFact]
    public void Bare_page_numbers_are_removed()
    {
        // Every page of this IJCAI paper has its number centred at the bottom.
        var doc = Read("cropper2015learning");

        foreach (var page in doc.Pages)
            Assert.DoesNotContain(page.Lines, l => l.Text == page.Number.ToString());
    }

    [CorpusFact]
    public void Arxiv_side_stamp_is_dropped()
    {
        var page = FirstPage("guo2017deepfm");

        Assert.DoesNotContain(page.Lines, l => l.Text.Contains("arXiv:1703.04247", StringComparison.Ordinal));
        Assert.StartsWith("DeepFM: A Factorization-Machine based Neural Network", page.Lines[0].Text);
    }

    [CorpusFact]
    public void Review_line_numbers_are_dropped()
    {
        // A NeurIPS submission: every line has its number in the left margin.
        var page = FirstPage("anonymous2025bridging");

        Assert.Contains(page.Lines, l => l.Text.StartsWith("Time series anomaly detection (TSAD)", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Lines, l => l.Text.StartsWith("1 Time series", StringComparison.Ordinal));
        Assert.Contains(page.Lines, l => l.Text == "1 Introduction");
    }

    [CorpusFact]
    public void Uri_links_come_with_their_anchor_text()
    {
        var links = Read("icml14-hernandez-lobatob14").Pages[6].Links;

        // The footnote mark in front of the URL is not part of the anchor.
        var link = Assert.Single(links, l => l.Uri == "https://github.com/sidooms/MovieTweetings");
        Assert.Equal("https://github.com/sidooms/MovieTweetings", link.AnchorText);
        Assert.Equal(3, links.Count);
        Assert.Contains(FirstPage("anonymous2025bridging").Links,
            l => l.Uri == "https://anonymous.4open.science/r/BRC-E46B" && l.AnchorText == l.Uri);
    }

    [CorpusFact]
    public void A_link_wrapped_over_lines_is_one_link_with_the_whole_anchor()
    {
        var links = Read("gillenwater2019tree").Pages.SelectMany(p => p.Links).ToList();

        var link = Assert.Single(links, l => l.Uri == "http://proceedings.mlr.press/v49/anari16.pdf");
        Assert.StartsWith("Monte Carlo Markov Chain Algorithms for Sampling", link.AnchorText);
        Assert.EndsWith("cesses", link.AnchorText);
    }

    [CorpusFact]
    public void Only_uri_links_are_reported()
    {
        // The ICML paper's only external link is its project page; its many internal links
        // (citations, figure references) are not URI links.
        var links = Read("icml15-ganin15").Pages.SelectMany(p => p.Links).ToList();

        var link = Assert.Single(links);
        Assert.Equal("http://sites.skoltech.ru/compvision/projects/grl/", link.Uri);
        Assert.Equal(link.Uri, link.AnchorText);
    }

    [CorpusTheory]
    [InlineData("icml15-ganin15")]
    [InlineData("guo2017deepfm")]
    [InlineData("lafferty2001conditional")]
    [InlineData("charikar2002similarity")]
    [InlineData("icml14-schwing14")]
    [InlineData("icml16-jiang16")]
    public void Page_count_equals_the_manifest(string id)
    {
        var doc = Read(id);

        Assert.Equal(ManifestPages(id), doc.Pages.Count);
        Assert.Equal(Enumerable.Range(1, doc.Pages.Count), doc.Pages.Select(p => p.Number));
        Assert.Empty(doc.Warnings);
        Assert.True(doc.Pages.Sum(p => p.Lines.Count) > 100);
        Assert.All(doc.Pages.SelectMany(p => p.Lines), l => Assert.False(string.IsNullOrWhiteSpace(l.Text)));
        Assert.All(doc.Pages.SelectMany(p => p.Lines), l => Assert.DoesNotContain("  ", l.Text));
    }

    private static int ManifestPages(string id)
    {
        var manifest = Path.Combine(RepoPaths.Shared, "corpus", "manifest.tsv");
        var lines = File.ReadAllLines(manifest);
        var header = lines[0].Split('\t');
        var pagesColumn = Array.IndexOf(header, "pages");
        var row = lines.Skip(1).Select(l => l.Split('\t')).Single(r => r[0] == id);
        return int.Parse(row[pagesColumn]);
    }
}
