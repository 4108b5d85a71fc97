using System.Text.RegularExpressions;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Cli.Tests;

/// <summary>
/// The HTML a user opens — <c>analyze -f html</c> and <c>summarize --site</c> — rendered by a real browser
/// (headless Chromium): it renders, the site's script runs, every relative link resolves to a file, and the
/// screenshots are not blank. Screenshots are kept in <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
public sealed class BrowserRenderingTests(ITestOutputHelper output)
{
    public static string Screenshots => Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    [ChromiumFact]
    public void The_paper_page_and_the_site_render_with_working_links_and_non_blank_screenshots()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Screenshots);

        // One paper's page.
        var page = Path.Combine(dir, "paper.html");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.SamplePdf, "-o", page).ExitCode);

        // A site over a results file: the sample, and two corpus papers (a theoretical one) when the corpus is there.
        var pdfs = new List<string> { CliRunner.SamplePdf };
        var corpus = new[] { "agrawal2012analysis", "chen2024routerdc" }.Select(id => Path.Combine(RepoPaths.Shared, "corpus", "pdf", id + ".pdf")).Where(File.Exists).ToList();
        pdfs.AddRange(corpus);
        var results = Path.Combine(dir, "results.jsonl");
        Assert.Equal(0, CliRunner.Run(["analyze", .. pdfs, "-o", results, "-j", "2"]).ExitCode);
        var site = Path.Combine(dir, "site");
        var manifest = Path.Combine(RepoPaths.Shared, "corpus", "manifest.tsv");
        var summarize = CliRunner.Run(["summarize", results, "--site", site, .. File.Exists(manifest) ? new[] { "--metadata", manifest } : []]);
        Assert.True(summarize.ExitCode == 0, summarize.StdErr);
        var index = Path.Combine(site, "index.html");
        var sitePaper = Path.Combine(site, "papers", "sample-paper.html");

        var pageDom = Render(page, "paper.png");
        Assert.Equal(9, Regex.Matches(pageDom, "<tr id=").Count);
        Assert.Contains("<q>", pageDom);

        var indexDom = Render(index, "site-index.png");
        Assert.Contains("data-filters=\"ready\"", indexDom); // the filter script ran without an error
        Assert.Equal(pdfs.Count, Regex.Matches(indexDom, "<tr data-text=").Count);
        Assert.Contains("<svg", indexDom);

        var sitePaperDom = Render(sitePaper, "site-paper.png");
        Assert.Contains("href=\"../index.html\"", sitePaperDom);

        // A filter given in the address is applied by the script: only matching rows stay visible.
        var html = File.ReadAllText(index);
        var experimental = Regex.Matches(html, "data-v-researchtype=\"Experimental\"").Count;
        var filtered = Chromium.DumpDom(new Uri(index).AbsoluteUri + "#researchtype=Experimental");
        Assert.Contains(Invariant($"<strong id=\"shown\">{experimental}</strong>"), filtered);
        Assert.Equal(pdfs.Count - experimental, Regex.Matches(filtered, "<tr data-text=\"[^\"]*\"[^>]*hidden").Count);
    }

    /// <summary>Loads the page in Chromium: checks its links, takes the screenshot, checks it is not blank; returns the DOM.</summary>
    private string Render(string file, string screenshot)
    {
        var url = new Uri(file).AbsoluteUri;
        var dom = Chromium.DumpDom(url);
        Assert.Contains("</html>", dom);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", dom); // nothing fetched from the network
        var folder = Path.GetDirectoryName(file)!;
        var links = Regex.Matches(dom, "(?:href|src)=\"([^\"#:]+)(?:#[^\"]*)?\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var link in links)
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(link)))), $"{file}: link {link} does not resolve to a file");

        var png = Path.Combine(Screenshots, screenshot);
        Chromium.Screenshot(url, png);
        var image = PngImage.Load(png);
        output.WriteLine($"{png}: {image.Width}x{image.Height}, luminance variance {image.LuminanceVariance():0.0}, {image.ShareNotBackground():P1} not background; {links.Count} relative link(s) resolved");
        Assert.Equal(1280, image.Width);
        Assert.True(image.LuminanceVariance() > 100, $"{png} looks blank (luminance variance {image.LuminanceVariance():0.0})");
        Assert.True(image.ShareNotBackground() > 0.02, $"{png} looks blank ({image.ShareNotBackground():P1} of pixels differ from the background)");
        return dom;
    }

    private static string Invariant(FormattableString s) => s.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
