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
}
