using System.Text.Json;

namespace RuleEngine.Reports.Tests;

public sealed class JsonLinesReportWriterTests
{
    /// <summary>A StringWriter that counts flushes, so a test can see that each line was pushed out.</summary>
    private sealed class CountingWriter : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Each_Add_writes_and_flushes_one_complete_line()
    {
        var output = new CountingWriter();
        var writer = new JsonLinesReportWriter(output, TestReports.Context);

        writer.Add(TestReports.Attention());
        Assert.Single(Lines(output));
        Assert.EndsWith("\n", output.ToString());
        Assert.Equal(1, output.Flushes);

        writer.Add(TestReports.Corrupt());
        Assert.Equal(2, Lines(output).Length);
        Assert.Equal(2, output.Flushes);

        writer.Add(TestReports.Theory());
        writer.Complete();
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);

        string[] files = ["vaswani2017attention.pdf", "corrupt.pdf", "theory.pdf"];
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
            Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(files[i], doc.RootElement.GetProperty("paper").GetProperty("file").GetString());
        }
    }

    [Fact]
    public void Lines_are_compact_and_keep_quotes_with_line_breaks_on_one_line()
    {
        var output = new StringWriter();
        var writer = new JsonLinesReportWriter(output, TestReports.Context);
        writer.Add(TestReports.Attention());

        var line = Assert.Single(Lines(output));
        Assert.DoesNotContain("\r", line);
        Assert.StartsWith("{\"schemaVersion\":1,\"paper\":{", line);
        using var doc = JsonDocument.Parse(line);
        var quote = doc.RootElement.GetProperty("variables")[2].GetProperty("evidence")[1].GetProperty("quote").GetString();
        Assert.Equal("see the | pipe\nand a line break", quote);
    }

    [Fact]
    public void Failed_paper_is_a_line_with_no_variables_and_its_error()
    {
        var output = new StringWriter();
        var writer = new JsonLinesReportWriter(output, TestReports.Context);
        writer.Add(TestReports.Corrupt());
        writer.Complete();

        using var doc = JsonDocument.Parse(Assert.Single(Lines(output)));
        Assert.Equal(0, doc.RootElement.GetProperty("variables").GetArrayLength());
        Assert.Equal("error", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("level").GetString());
    }
}
