using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace RuleEngine.Cli.Tests;

/// <summary>Ctrl-C (SIGINT) ends a run with exit code 130 and keeps every paper already written.</summary>
public sealed class InterruptTests
{
    private const int Papers = 40;

    private static string CopiesOfTheSample()
    {
        var dir = CliRunner.TempDir();
        var sample = File.ReadAllBytes(CliRunner.SamplePdf);
        for (var i = 0; i < Papers; i++)
            File.WriteAllBytes(Path.Combine(dir, $"paper-{i:000}.pdf"), [.. sample, .. Encoding.ASCII.GetBytes($"\n% copy {i}\n")]);
        return dir;
    }

    private static int CountRows(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Theory]
    [InlineData("results.jsonl")]
    [InlineData("results.csv")]
    public void SIGINT_exits_130_and_keeps_the_finished_papers(string name)
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT via kill(1)
        var dir = CopiesOfTheSample();
        var results = Path.Combine(CliRunner.TempDir(), name);
        var wanted = name.EndsWith(".csv", StringComparison.Ordinal) ? 4 : 3; // the CSV header is a line too

        using var run = CliRunner.Start("analyze", dir, "-o", results, "-j", "1", "-q");
        var clock = Stopwatch.StartNew();
        while (CountRows(results) < wanted && !run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(10);
        Assert.False(run.HasExited, "the run finished before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", run.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(60)), "the run did not stop after SIGINT");

        Assert.Equal(130, run.ExitCode);
        var text = File.ReadAllText(results);
        Assert.EndsWith("\n", text); // no torn last line
        int papers;
        if (name.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines) JsonDocument.Parse(line).Dispose();
            papers = lines.Length;
        }
        else
        {
            using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
            papers = csv.GetRecords<dynamic>().Count();
        }
        Assert.InRange(papers, wanted - (name.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0), Papers - 1);
    }
}
