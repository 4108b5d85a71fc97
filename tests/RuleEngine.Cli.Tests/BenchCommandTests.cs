namespace RuleEngine.Cli.Tests;

/// <summary><c>bench</c> prints one figure per claim, each from the whole process, as the OS sees it.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_times_the_whole_process_against_pdftotext_and_reports_one_figure_per_claim()
    {
        var result = CliRunner.Run("bench", CliRunner.SamplePdf);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n');
        Assert.Contains(lines, l => l.Contains("where the time goes: 1 papers"));
        Assert.Single(lines, l => l.StartsWith("whole process, one job: ruleengine analyze on 1 files", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("throughput:", StringComparison.Ordinal) && l.Contains("papers/s per core"));
        Assert.Matches(@"(?m)^peak RSS: \d+ MB \(ruleengine analyze -j 1", result.StdOut);
        if (File.Exists("/usr/bin/pdftotext"))
            Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^speed: RuleEngine / pdftotext = \d+\.\d\d×"));
        // The old figures, which contradicted each other, are gone.
        Assert.DoesNotContain("jobs", result.StdOut);
        Assert.DoesNotContain("peak working set", result.StdOut);
    }
}
