using System.Text.RegularExpressions;

namespace RuleEngine.Cli.Tests;

/// <summary><c>analyze -f html</c> and <c>summarize --site</c> through the real executable.</summary>
public sealed class HtmlOutputTests
{
    [Fact]
    public void One_paper_goes_to_standard_output_or_the_html_file_named()
    {
        var stdout = CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "html");
        Assert.Equal(0, stdout.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", stdout.StdOut);
        Assert.Equal(9, Regex.Matches(stdout.StdOut, "<tr id=").Count);

        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "paper.html");
        var written = CliRunner.Run("analyze", CliRunner.SamplePdf, "-o", file); // the extension picks html
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("Sparse Routing Adapters", File.ReadAllText(file));
    }

    [Fact]
    public void Several_papers_go_to_a_folder_one_page_each_with_metadata()
    {
        var dir = CliRunner.TempDir();
        var copy = Path.Combine(dir, "in", "other-paper.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(CliRunner.SamplePdf, copy);
        var metadata = Path.Combine(dir, "meta.csv");
        File.WriteAllText(metadata, "id,venue,year,authors\nother-paper,ICML,2024,Ada Lovelace; Alan Turing\n");
        var pages = Path.Combine(dir, "pages");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, copy, "-f", "html", "-o", pages, "--metadata", metadata, "-j", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["other-paper.html", "sample-paper.html"], Directory.GetFiles(pages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var other = File.ReadAllText(Path.Combine(pages, "other-paper.html"));
        Assert.Contains("ICML 2024", other);
        Assert.Contains("Ada Lovelace; Alan Turing", other);
    }

    [Fact]
    public void Several_papers_without_a_folder_is_a_usage_error()
    {
        var dir = CliRunner.TempDir();
        var copy = Path.Combine(dir, "b.pdf");
        File.Copy(CliRunner.SamplePdf, copy);

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, copy, "-f", "html");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-o pages/", result.StdErr);
        Assert.Equal(2, CliRunner.Run("analyze", CliRunner.SamplePdf, "--metadata", "x.csv").ExitCode); // --metadata only with html
    }

    [Fact]
    public void Summarize_site_writes_an_index_and_a_page_per_paper_from_a_results_file()
    {
        var dir = CliRunner.TempDir();
        var results = Path.Combine(dir, "results.jsonl");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.SamplePdf, "-o", results).ExitCode);
        var site = Path.Combine(dir, "site");

        var result = CliRunner.Run("summarize", results, "--site", site, "--title", "Sample <corpus>");

        Assert.Equal(0, result.ExitCode);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<h1>Sample &lt;corpus&gt;</h1>", index);
        Assert.Contains("href=\"papers/sample-paper.html\"", index);
        Assert.True(File.Exists(Path.Combine(site, "papers", "sample-paper.html")));
    }
}
