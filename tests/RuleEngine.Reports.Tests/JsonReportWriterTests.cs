using System.Text.Json;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Tests;

public sealed class JsonReportWriterTests
{
    private static JsonDocument Write(params PaperReport[] reports)
    {
        var output = new StringWriter();
        var writer = new JsonReportWriter(output, TestReports.Context);
        foreach (var r in reports) writer.Add(r);
        writer.Complete();
        return JsonDocument.Parse(output.ToString());
    }

    private static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void One_paper_is_one_object_with_the_spec_field_names()
    {
        using var doc = Write(TestReports.Attention());
        var root = doc.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(["schemaVersion", "paper", "variables", "diagnostics", "elapsedMs"], Names(root));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(212, root.GetProperty("elapsedMs").GetInt64());

        var paper = root.GetProperty("paper");
        Assert.Equal(["file", "sha256", "pages", "title"], Names(paper));
        Assert.Equal("vaswani2017attention.pdf", paper.GetProperty("file").GetString());
        Assert.Equal("a3f5c0ffee", paper.GetProperty("sha256").GetString());
        Assert.Equal(15, paper.GetProperty("pages").GetInt32());
        Assert.Equal("Attention Is All You Need", paper.GetProperty("title").GetString());

        var variables = root.GetProperty("variables");
        Assert.Equal(4, variables.GetArrayLength());
        var code = variables[2];
        Assert.Equal(["id", "variable", "name", "verdict", "confidence", "source", "evidence", "rationale"], Names(code));
        Assert.Equal("RV0004", code.GetProperty("id").GetString());
        Assert.Equal("OpenSourceCode", code.GetProperty("variable").GetString());
        Assert.Equal("Open Source Code", code.GetProperty("name").GetString());
        Assert.Equal("Yes", code.GetProperty("verdict").GetString());
        Assert.Equal(0.97, code.GetProperty("confidence").GetDouble());
        Assert.Equal("heuristic", code.GetProperty("source").GetString());
        Assert.Equal("repository URL in a code-availability sentence", code.GetProperty("rationale").GetString());

        var evidence = code.GetProperty("evidence")[0];
        Assert.Equal(["quote", "page", "rule"], Names(evidence));
        Assert.Equal(TestReports.CodeQuote, evidence.GetProperty("quote").GetString());
        Assert.Equal(10, evidence.GetProperty("page").GetInt32());
        Assert.Equal("RV0004.repository-link", evidence.GetProperty("rule").GetString());

        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(["id", "level", "message", "page"], Names(diagnostic));
        Assert.Equal("RE0100", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("level").GetString());
        Assert.Equal("page 7: text layer could not be read", diagnostic.GetProperty("message").GetString());
        Assert.Equal(7, diagnostic.GetProperty("page").GetInt32());
    }

    [Fact]
    public void Verdict_without_evidence_has_an_empty_array_and_a_flag_is_added_only_when_set()
    {
        using var doc = Write(TestReports.Attention());
        var variables = doc.RootElement.GetProperty("variables");
        Assert.Equal(0, variables[1].GetProperty("evidence").GetArrayLength());
        Assert.False(variables[1].TryGetProperty("flag", out _));
        Assert.Equal("evidence not found in text", variables[3].GetProperty("flag").GetString());
        Assert.Equal("llm", variables[3].GetProperty("source").GetString());
    }

    [Fact]
    public void Failed_paper_still_gets_an_object_with_no_variables_and_an_error()
    {
        using var doc = Write(TestReports.Corrupt());
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("corrupt.pdf", root.GetProperty("paper").GetProperty("file").GetString());
        Assert.Equal(0, root.GetProperty("variables").GetArrayLength());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("level").GetString());
        Assert.Equal("RE0103", diagnostic.GetProperty("id").GetString());
        Assert.False(diagnostic.TryGetProperty("page", out _));
    }

    [Fact]
    public void Several_papers_are_an_array_in_the_order_added()
    {
        using var doc = Write(TestReports.Attention(), TestReports.Corrupt(), TestReports.Theory());
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(["vaswani2017attention.pdf", "corrupt.pdf", "theory.pdf"],
            root.EnumerateArray().Select(p => p.GetProperty("paper").GetProperty("file").GetString()));
        Assert.All(root.EnumerateArray(), p => Assert.Equal(["schemaVersion", "paper", "variables", "diagnostics", "elapsedMs"], Names(p)));
    }

    [Fact]
    public void No_papers_is_an_empty_array()
    {
        using var doc = Write();
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Output_is_indented_and_reads_back_with_ReportJson()
    {
        var output = new StringWriter();
        var writer = new JsonReportWriter(output, TestReports.Context);
        writer.Add(TestReports.Attention());
        writer.Complete();

        Assert.Contains("\n  \"paper\": {", output.ToString().ReplaceLineEndings("\n"));
        var back = ReportJson.Deserialize(output.ToString())!;
        Assert.Equal(["Experimental", "No", "Yes", "Yes"], back.Variables.Select(v => v.Verdict));
        Assert.Equal(TestReports.CodeQuote, back.Variables[2].Evidence[0].Quote);
    }

    [Fact]
    public void Nothing_is_written_before_Complete_and_Add_after_Complete_throws()
    {
        var output = new StringWriter();
        var writer = new JsonReportWriter(output, TestReports.Context);
        writer.Add(TestReports.Attention());
        Assert.Equal("", output.ToString());
        writer.Complete();
        Assert.Throws<InvalidOperationException>(() => writer.Add(TestReports.Theory()));
    }
}
