using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RuleEngine.TestSupport;

namespace RuleEngine.Cli.Tests;

/// <summary>
/// A corpus run is safe to interrupt and immune to bad files: a real <c>kill -9</c> in the middle of a
/// JSON Lines run loses at most the paper in flight and the next run finishes the rest; a folder of
/// fuzzed PDFs gets one line per file and never stops the batch.
/// </summary>
public sealed class KillAndResumeTests
{
    private const int Papers = 60;

    /// <summary>Distinct copies of the sample paper: bytes after %%EOF change the content hash, not the content.</summary>
    private static string CorpusOfCopies(int count)
    {
        var dir = CliRunner.TempDir();
        var sample = File.ReadAllBytes(CliRunner.SamplePdf);
        for (var i = 0; i < count; i++)
            File.WriteAllBytes(Path.Combine(dir, $"paper-{i:000}.pdf"), [.. sample, .. Encoding.ASCII.GetBytes($"\n% copy {i}\n")]);
        return dir;
    }

    private static List<string> Lines(string path) => File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];

    /// <summary>The paper file names recorded in a results file (JSON Lines or results database); every entry must parse.</summary>
    private static List<string> RecordedFiles(string results)
    {
        if (!File.Exists(results)) return [];
        if (results.EndsWith(".db", StringComparison.Ordinal))
        {
            using var connection = new SqliteConnection($"Data Source={results};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT report FROM papers ORDER BY id";
            var files = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                using var json = JsonDocument.Parse(reader.GetString(0));
                files.Add(json.RootElement.GetProperty("paper").GetProperty("file").GetString()!);
            }
            return files;
        }
        return Lines(results).Select(l =>
        {
            using var json = JsonDocument.Parse(l); // every line is whole JSON
            return json.RootElement.GetProperty("paper").GetProperty("file").GetString()!;
        }).ToList();
    }

    private static int RecordedCount(string results)
    {
        try { return results.EndsWith(".db", StringComparison.Ordinal) ? RecordedFiles(results).Count : Lines(results).Count; }
        catch (Exception e) when (e is SqliteException or IOException) { return 0; } // not created yet
    }

    [Theory]
    [InlineData("results.jsonl")]
    [InlineData("results.db")]
    public void A_run_killed_with_SIGKILL_loses_at_most_the_papers_in_flight_and_the_rerun_completes_it(string resultsName)
    {
        var dir = CorpusOfCopies(Papers);
        var results = Path.Combine(CliRunner.TempDir(), resultsName);
        var format = resultsName.EndsWith(".db", StringComparison.Ordinal) ? "sqlite" : "jsonl";

        using (var run = CliRunner.Start("analyze", dir, "-f", format, "-o", results, "-j", "1", "-q"))
        {
            var clock = Stopwatch.StartNew();
            while (RecordedCount(results) < 5 && !run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(10);
            Assert.False(run.HasExited, "the run finished before it could be killed");
            run.Kill(); // SIGKILL on Unix: no chance to flush or clean up
            run.WaitForExit();
        }
        SqliteConnection.ClearAllPools();
        if (format == "jsonl") Assert.InRange(Lines(results).Count, 5, Papers - 1);
        else Assert.InRange(RecordedFiles(results).Count, 5, Papers - 1);

        var rerun = CliRunner.Run("analyze", dir, "-f", format, "-o", results, "-j", "1");

        Assert.True(rerun.ExitCode == 0, rerun.StdErr);
        Assert.Contains("resuming", rerun.StdErr);
        var files = RecordedFiles(results);
        Assert.Equal(Papers, files.Distinct().Count());
        Assert.True(files.Count <= Papers + 1, $"{files.Count} reports: at most the paper in flight is analysed twice");
    }

    [Fact]
    public void A_folder_of_fuzzed_pdfs_gets_one_line_per_file_and_the_good_papers_their_verdicts()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "good-1.pdf"));
        var source = TestPdfs.SmallPaper();
        var random = new Random(7);
        for (var i = 0; i < 40; i++) File.WriteAllBytes(Path.Combine(dir, $"fuzzed-{i:00}.pdf"), PdfMutator.Mutate(source, random));
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "zz-good-2.pdf"));
        var results = Path.Combine(dir, "results.jsonl");

        var result = CliRunner.Run("analyze", dir, "-f", "jsonl", "-o", results, "-q");

        Assert.Contains(result.ExitCode, new[] { 0, 1 });
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        var reports = Lines(results).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(42, reports.Count);
        foreach (var good in reports.Where(r => r.GetProperty("paper").GetProperty("file").GetString()!.Contains("good")))
            Assert.Equal(9, good.GetProperty("variables").GetArrayLength());
    }
}
