using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RuleEngine.Reports.Tests;
using RuleEngine.TestSupport;

namespace RuleEngine.Cli.Tests;

/// <summary>What <c>analyze</c> really writes — json, jsonl, a results database, every corpus paper — matches docs/report.schema.json.</summary>
public sealed class ReportSchemaOutputTests
{
    [Fact]
    public void The_sample_papers_json_jsonl_and_database_reports_match_the_schema()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "sample.pdf"));
        File.WriteAllText(Path.Combine(dir, "notes.pdf"), "not a PDF"); // the failed-paper shape too
        var jsonl = Path.Combine(dir, "results.jsonl");
        var db = Path.Combine(dir, "results.db");

        var json = CliRunner.Run("analyze", dir, "-f", "json", "-q");
        Assert.Equal(1, CliRunner.Run("analyze", dir, "-o", jsonl, "-q").ExitCode);
        Assert.Equal(1, CliRunner.Run("analyze", dir, "-o", db, "-q").ExitCode);

        Assert.Equal(1, json.ExitCode);
        var array = JsonNode.Parse(json.StdOut)!.AsArray();
        Assert.Equal(2, array.Count);
        foreach (var report in array) ReportSchema.AssertValid(report, "-f json");
        var lines = File.ReadAllLines(jsonl).Where(l => l.Length > 0).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines) ReportSchema.AssertValid(line, "-f jsonl");
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report FROM papers";
        using var reader = command.ExecuteReader();
        var rows = 0;
        for (; reader.Read(); rows++) ReportSchema.AssertValid(reader.GetString(0), "papers.report");
        Assert.Equal(2, rows);
    }

    /// <summary>One run over the whole corpus (../shared/corpus/pdf), every report checked; skipped when the corpus is absent.</summary>
    [CorpusFact]
    public void Every_corpus_papers_json_report_matches_the_schema()
    {
        var output = Path.Combine(CliRunner.TempDir(), "corpus.json");

        var result = CliRunner.RunLong(TimeSpan.FromMinutes(20), "analyze", RepoPaths.CorpusPdfs, "-f", "json", "-o", output, "-q");

        Assert.Contains(result.ExitCode, new[] { 0, 1 });
        var reports = JsonNode.Parse(File.ReadAllText(output))!.AsArray();
        Assert.Equal(Directory.GetFiles(RepoPaths.CorpusPdfs, "*.pdf", SearchOption.AllDirectories).Length, reports.Count);
        var problems = reports.SelectMany(r => ReportSchema.Problems(r).Select(p => $"{r!["paper"]?["file"]}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }
}
