using RuleEngine.Cli.Infrastructure;

namespace RuleEngine.Cli.Tests;

/// <summary>Results files read back by <c>summarize</c> pass the one sanitiser: a file from elsewhere cannot drive the terminal.</summary>
public sealed class ResultFilesTests
{
    [Fact]
    public void Terminal_escapes_in_a_results_file_are_removed_on_reading()
    {
        var dir = CliRunner.TempDir();
        var results = Path.Combine(dir, "results.jsonl");
        var run = CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "jsonl", "-o", results);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var line = File.ReadAllText(results);
        var tampered = line.Replace("\"quote\":\"", "\"quote\":\"\\u001b[2J\\u001b]0;pwned\\u0007", StringComparison.Ordinal);
        Assert.NotEqual(line, tampered);
        File.WriteAllText(results, tampered);

        var reports = ResultFiles.Read(results);

        var quotes = reports.SelectMany(r => r.Variables).SelectMany(v => v.Evidence).Select(e => e.Quote).ToList();
        Assert.NotEmpty(quotes);
        Assert.DoesNotContain(quotes, q => q.Contains('\u001b') || q.Contains('\u0007'));
        Assert.DoesNotContain(quotes, q => q.Contains("pwned", StringComparison.Ordinal));
    }
}
