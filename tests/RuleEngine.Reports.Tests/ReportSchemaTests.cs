using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Tests;

/// <summary>The writers' JSON matches docs/report.schema.json, and the schema does reject what the format forbids.</summary>
public sealed class ReportSchemaTests
{
    private static readonly PaperReport[] Reports = [TestReports.Attention("papers/vaswani2017attention.pdf"), TestReports.Corrupt(), TestReports.Theory()];

    [Fact]
    public void The_json_writer_output_matches_the_schema_for_one_paper_and_for_several()
    {
        var one = new StringWriter();
        var single = new JsonReportWriter(one, TestReports.Context);
        single.Add(Reports[0]);
        single.Complete();
        ReportSchema.AssertValid(one.ToString(), "-f json (one paper)");

        var many = new StringWriter();
        var writer = new JsonReportWriter(many, TestReports.Context);
        foreach (var report in Reports) writer.Add(report);
        writer.Complete();
        var array = JsonNode.Parse(many.ToString())!.AsArray();
        Assert.Equal(3, array.Count);
        foreach (var report in array) ReportSchema.AssertValid(report, "-f json (array element)");
    }

    [Fact]
    public void Every_json_lines_line_matches_the_schema()
    {
        var output = new StringWriter();
        var writer = new JsonLinesReportWriter(output, TestReports.Context);
        foreach (var report in Reports) writer.Add(report with { Engine = new EngineStamp("0.1.0", "abc123") });
        writer.Complete();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines) ReportSchema.AssertValid(line, "-f jsonl line");
    }

    [Fact]
    public void Every_report_in_a_results_database_matches_the_schema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.db");
        try
        {
            using (var store = SqliteResultStore.Open(path))
                foreach (var report in Reports) store.Add(report);
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT report FROM papers ORDER BY id";
            using var reader = command.ExecuteReader();
            var count = 0;
            while (reader.Read())
            {
                ReportSchema.AssertValid(reader.GetString(0), "papers.report");
                count++;
            }
            Assert.Equal(3, count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    [Theory]
    [InlineData("schemaVersion", "2")]
    [InlineData("variables[0].verdict", "\"Maybe\"")]
    [InlineData("variables[0].confidence", "1.5")]
    [InlineData("variables[0].source", "\"guess\"")]
    [InlineData("diagnostics[0].level", "\"fatal\"")]
    public void The_schema_rejects_what_the_format_does_not_allow(string path, string json)
    {
        var report = JsonNode.Parse(ReportJson.Serialize(TestReports.Attention()))!;
        Set(report, path, JsonNode.Parse(json));

        Assert.NotEmpty(ReportSchema.Problems(report));
    }

    [Fact]
    public void The_schema_rejects_a_report_without_its_required_fields()
    {
        var report = JsonNode.Parse(ReportJson.Serialize(TestReports.Attention()))!.AsObject();
        report.Remove("paper");

        Assert.NotEmpty(ReportSchema.Problems(report));
    }

    /// <summary>Sets a value at a dotted path with array indexes, e.g. <c>variables[0].verdict</c>.</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = parts[i].Split('[') is [var n, var ix] ? (n, int.Parse(ix.TrimEnd(']'))) : (parts[i], -1);
            if (i == parts.Length - 1 && index < 0) { node[name] = value; return; }
            node = index >= 0 ? node[name]![index]! : node[name]!;
        }
    }
}
