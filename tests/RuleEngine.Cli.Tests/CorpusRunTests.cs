using System.Text.Json;

namespace RuleEngine.Cli.Tests;

public sealed class CorpusRunTests
{
    [Fact]
    public void A_jsonl_run_resumes_skips_finished_papers_and_repairs_a_torn_last_line()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "paper.pdf"));
        var results = Path.Combine(dir, "results.jsonl");

        var first = CliRunner.Run("analyze", dir, "-f", "jsonl", "-o", results, "-q");
        Assert.True(first.ExitCode == 0, first.StdErr);
        File.AppendAllText(results, "{\"schemaVersion\":1,\"paper\":{\"fi"); // a run killed mid-write

        var second = CliRunner.Run("analyze", dir, "-f", "jsonl", "-o", results, "-q");

        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Contains("resuming", second.StdErr);
        var lines = File.ReadAllLines(results).Where(l => l.Length > 0).ToList();
        Assert.Single(lines);
        JsonDocument.Parse(lines[0]).Dispose();
    }

    [Fact]
    public void Changed_rules_make_a_resumed_run_redo_the_paper()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "paper.pdf"));
        var results = Path.Combine(dir, "results.jsonl");

        Assert.Equal(0, CliRunner.Run("analyze", dir, "-f", "jsonl", "-o", results, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", dir, "-f", "jsonl", "-o", results, "-q", "--set", "RV0004.enabled=false").ExitCode);

        Assert.Equal(2, File.ReadAllLines(results).Count(l => l.Length > 0));
    }

    [Fact]
    public void Summarize_prints_prevalence_and_writes_a_chart()
    {
        var dir = CliRunner.TempDir();
        var results = Path.Combine(dir, "results.jsonl");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "jsonl", "-o", results).ExitCode);
        var chart = Path.Combine(dir, "prevalence.svg");

        var result = CliRunner.Run("summarize", results, "--chart", chart, "--by", "folder");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("Open Source Code", result.StdOut);
        Assert.Contains("<svg", File.ReadAllText(chart));
    }

    [Fact]
    public void Rules_lists_the_nine_variables()
    {
        var result = CliRunner.Run("rules");

        Assert.True(result.ExitCode == 0, result.StdErr);
        for (var i = 1; i <= 9; i++) Assert.Contains($"RV000{i}", result.StdOut);
    }

    [Fact]
    public void A_results_database_is_implied_by_its_extension_resumes_and_summarises()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "paper.pdf"));
        var results = Path.Combine(dir, "results.db");

        Assert.Equal(0, CliRunner.Run("analyze", dir, "-o", results, "-q").ExitCode);
        var second = CliRunner.Run("analyze", dir, "-o", results);
        var summary = CliRunner.Run("summarize", results);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("resuming", second.StdErr);
        Assert.True(summary.ExitCode == 0, summary.StdErr);
        Assert.Contains("n=1", summary.StdOut);
        Assert.Contains("Hardware Specification", summary.StdOut);
    }

    [Fact]
    public void A_results_database_option_on_a_file_that_is_not_one_is_a_usage_error()
    {
        var dir = CliRunner.TempDir();
        var results = Path.Combine(dir, "notes.db");
        File.WriteAllText(results, "my notes, not a database, long enough to fill a header");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "-o", results);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a RuleEngine results database", result.StdErr);
        Assert.Equal("my notes, not a database, long enough to fill a header", File.ReadAllText(results));
    }
}
