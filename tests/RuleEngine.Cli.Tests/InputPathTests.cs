using System.Text.Json;

namespace RuleEngine.Cli.Tests;

/// <summary>Ways to name the papers besides paths and folders: standard input (<c>-</c>), <c>--from-file</c>, wildcard patterns.</summary>
public sealed class InputPathTests
{
    private static string TwoPapers()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "a.pdf"));
        File.WriteAllBytes(Path.Combine(dir, "sub", "b.pdf"), [.. File.ReadAllBytes(CliRunner.SamplePdf), .. "\n% copy\n"u8.ToArray()]);
        return dir;
    }

    private static List<string> FilesIn(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("paper").GetProperty("file").GetString()!).Order().ToList();

    [Fact]
    public void A_dash_reads_the_paths_from_standard_input()
    {
        var dir = TwoPapers();

        var result = CliRunner.RunWithInput(null, $"{Path.Combine(dir, "a.pdf")}\n\n# a comment\n{Path.Combine(dir, "sub", "b.pdf")}\n", "analyze", "-", "-f", "jsonl", "-q");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(["a.pdf", "b.pdf"], FilesIn(result.StdOut));
    }

    [Fact]
    public void From_file_reads_the_paths_listed_in_a_file()
    {
        var dir = TwoPapers();
        var list = Path.Combine(dir, "papers.txt");
        File.WriteAllText(list, Path.Combine(dir, "sub", "b.pdf") + "\n");

        var result = CliRunner.Run("analyze", "--from-file", list, "-f", "jsonl", "-q");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(["b.pdf"], FilesIn(result.StdOut));
    }

    [Fact]
    public void A_quoted_wildcard_pattern_is_expanded_recursively_with_double_star()
    {
        var dir = TwoPapers();

        var result = CliRunner.Run("analyze", Path.Combine(dir, "**", "*.pdf"), "-f", "jsonl", "-q");
        var none = CliRunner.Run("analyze", Path.Combine(dir, "*.docx"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(["a.pdf", "b.pdf"], FilesIn(result.StdOut));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no file matches", none.StdErr);
    }

    [Fact]
    public void Without_any_path_analyze_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", "-f", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give the PDFs to analyse", result.StdErr);
    }
}
