namespace RuleEngine.Cli.Tests;

/// <summary>The commands a rule author uses to see why a rule fires or is slow: <c>inspect</c> and <c>bench --patterns</c>.</summary>
public sealed class DebuggingCommandTests
{
    [Fact]
    public void Inspect_prints_the_sections_and_the_sentences_a_grep_keeps()
    {
        var result = CliRunner.Run("inspect", CliRunner.SamplePdf, "--grep", "GPU");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sample-paper.pdf", result.StdOut);
        Assert.Contains("Experiments", result.StdOut);
        var sentences = result.StdOut.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, l => Assert.Contains("GPU", l, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Inspect_of_a_non_pdf_is_a_one_line_error_with_exit_code_1()
    {
        var file = Path.Combine(CliRunner.TempDir(), "notes.pdf");
        File.WriteAllText(file, "just text");

        var result = CliRunner.Run("inspect", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RE0102", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Bench_patterns_ranks_rule_file_patterns_by_time()
    {
        var result = CliRunner.Run("bench", CliRunner.SamplePdf, "--patterns", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("slowest patterns", result.StdOut);
        Assert.Matches(@"RV00\d\d\.[a-z\-]+ \[\d+\]|lexicon:", result.StdOut);
        Assert.Contains("all patterns together", result.StdOut);
    }
}
