using System.Text.Json;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Tests;

public sealed class SarifReportWriterTests
{
    private static JsonDocument Write(ReportContext context, params PaperReport[] reports)
    {
        var output = new StringWriter();
        var writer = new SarifReportWriter(output, context);
        foreach (var r in reports) writer.Add(r);
        writer.Complete();
        return JsonDocument.Parse(output.ToString());
    }

    private static JsonDocument Write(params PaperReport[] reports) => Write(TestReports.Context, reports);

    private static JsonElement Run(JsonDocument doc) => doc.RootElement.GetProperty("runs")[0];

    private static JsonElement ResultFor(JsonElement run, string ruleId, int artifact = 0) =>
        run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == ruleId
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32() == artifact);

    [Fact]
    public void Normal_failed_and_several_papers_are_valid_sarif()
    {
        using (var one = Write(TestReports.Attention())) SarifAssert.Valid(one.RootElement);
        using (var failed = Write(TestReports.Corrupt())) SarifAssert.Valid(failed.RootElement);
        using (var several = Write(TestReports.Attention(), TestReports.Corrupt(), TestReports.Theory())) SarifAssert.Valid(several.RootElement);
        using (var none = Write()) SarifAssert.Valid(none.RootElement);
    }

    [Fact]
    public void Driver_has_one_rule_per_variable_then_the_rule_descriptors()
    {
        using var doc = Write(TestReports.Attention());
        var driver = Run(doc).GetProperty("tool").GetProperty("driver");
        Assert.Equal("RuleEngine", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out _)); // none configured

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["RV0001", "RV0003", "RV0004", "RV0007", "RV0004.repository-link", "RV0001.experiments-section", "RV0007.gpu-model"],
            rules.Select(r => r.GetProperty("id").GetString()));

        var code = rules[2];
        Assert.Equal("OpenSourceCode", code.GetProperty("name").GetString());
        Assert.Equal("Open Source Code", code.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(TestReports.OpenSourceCode.Description, code.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal(["Yes", "No"], code.GetProperty("properties").GetProperty("allowedVerdicts").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Artefacts", code.GetProperty("properties").GetProperty("category").GetString());
        // Relative help link and no base: kept in properties, not as a (non-absolute) helpUri.
        Assert.False(code.TryGetProperty("helpUri", out _));
        Assert.Equal("docs/rules/RV0004.md", code.GetProperty("properties").GetProperty("helpLink").GetString());
        // Absolute help link: helpUri.
        Assert.Equal("https://example.org/docs/RV0007", rules[3].GetProperty("helpUri").GetString());

        Assert.Equal("RV0004", rules[4].GetProperty("properties").GetProperty("variable").GetString());
        Assert.False(rules[6].GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Information_and_help_base_uris_are_used_when_configured()
    {
        var context = TestReports.Context with
        {
            InformationUri = new Uri("https://example.org/ruleengine"),
            HelpBaseUri = new Uri("https://example.org/ruleengine/blob/main/"),
        };
        using var doc = Write(context, TestReports.Attention());
        var driver = Run(doc).GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.org/ruleengine", driver.GetProperty("informationUri").GetString());
        Assert.Equal("https://example.org/ruleengine/blob/main/docs/rules/RV0004.md", driver.GetProperty("rules")[2].GetProperty("helpUri").GetString());
        SarifAssert.Valid(doc.RootElement);
    }

    [Fact]
    public void A_verdict_is_a_result_with_its_evidence_as_locations()
    {
        using var doc = Write(TestReports.Attention());
        var run = Run(doc);
        Assert.Equal(4, run.GetProperty("results").GetArrayLength());

        var code = ResultFor(run, "RV0004");
        Assert.Equal(2, code.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("pass", code.GetProperty("kind").GetString());
        Assert.Equal("none", code.GetProperty("level").GetString());
        Assert.Equal(97, code.GetProperty("rank").GetDouble());
        Assert.Equal("Open Source Code: Yes (confidence 0.97) — repository URL in a code-availability sentence",
            code.GetProperty("message").GetProperty("text").GetString());

        var locations = code.GetProperty("locations");
        Assert.Equal(2, locations.GetArrayLength());
        var first = locations[0];
        var artifact = first.GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("vaswani2017attention.pdf", artifact.GetProperty("uri").GetString());
        Assert.Equal(0, artifact.GetProperty("index").GetInt32());
        Assert.Equal(TestReports.CodeQuote, first.GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal(10, first.GetProperty("properties").GetProperty("page").GetInt32());
        Assert.Equal("RV0004.repository-link", first.GetProperty("properties").GetProperty("rule").GetString());

        var properties = code.GetProperty("properties");
        Assert.Equal("Yes", properties.GetProperty("verdict").GetString());
        Assert.Equal(0.97, properties.GetProperty("confidence").GetDouble());
        Assert.Equal("heuristic", properties.GetProperty("source").GetString());
        Assert.Equal(["RV0004.repository-link"], properties.GetProperty("evidenceRules").EnumerateArray().Select(e => e.GetString()));
        Assert.False(properties.TryGetProperty("flag", out _));
    }

    [Theory]
    [InlineData("RV0001", "informational", "none")] // Experimental: a classification
    [InlineData("RV0003", "fail", "note")]          // No
    [InlineData("RV0004", "pass", "none")]          // Yes
    [InlineData("RV0007", "review", "none")]        // Yes, but flagged: evidence not found in text
    public void Kind_follows_the_verdict(string ruleId, string kind, string level)
    {
        using var doc = Write(TestReports.Attention());
        var result = ResultFor(Run(doc), ruleId);
        Assert.Equal(kind, result.GetProperty("kind").GetString());
        Assert.Equal(level, result.GetProperty("level").GetString());
    }

    [Fact]
    public void Flagged_verdict_carries_its_flag_and_unverified_evidence()
    {
        using var doc = Write(TestReports.Attention());
        var result = ResultFor(Run(doc), "RV0007");
        Assert.Equal("evidence not found in text", result.GetProperty("properties").GetProperty("flag").GetString());
        Assert.Equal("llm", result.GetProperty("properties").GetProperty("source").GetString());
        Assert.False(result.GetProperty("locations")[0].GetProperty("properties").GetProperty("verified").GetBoolean());
        Assert.Equal(60, result.GetProperty("rank").GetDouble());
    }

    [Fact]
    public void Verdict_without_quotes_points_at_the_paper()
    {
        using var doc = Write(TestReports.Attention());
        var result = ResultFor(Run(doc), "RV0003");
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        Assert.Equal("vaswani2017attention.pdf", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("Pseudocode: No (confidence 0.90) — no algorithm block; equations and prose only", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(0, result.GetProperty("properties").GetProperty("evidenceRules").GetArrayLength());
    }

    [Fact]
    public void Papers_are_artifacts_with_hashes()
    {
        using var doc = Write(TestReports.Attention(), TestReports.Corrupt());
        var artifacts = Run(doc).GetProperty("artifacts");
        Assert.Equal(2, artifacts.GetArrayLength());
        Assert.Equal("vaswani2017attention.pdf", artifacts[0].GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("a3f5c0ffee", artifacts[0].GetProperty("hashes").GetProperty("sha-256").GetString());
        Assert.Equal(15, artifacts[0].GetProperty("properties").GetProperty("pages").GetInt32());
        Assert.Equal("corrupt.pdf", artifacts[1].GetProperty("location").GetProperty("uri").GetString());
        Assert.False(artifacts[1].TryGetProperty("hashes", out _)); // no hash known
    }

    [Fact]
    public void Artifact_uris_are_relative_to_the_working_directory_and_escaped()
    {
        var inside = Path.Combine(Environment.CurrentDirectory, "papers", "my paper #1.pdf");
        var outside = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "..", "other dir", "a.pdf"));
        using var doc = Write(TestReports.Attention(inside), TestReports.Corrupt(outside));
        var run = Run(doc);
        var artifacts = run.GetProperty("artifacts");

        var relative = artifacts[0].GetProperty("location");
        Assert.Equal("papers/my%20paper%20%231.pdf", relative.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", relative.GetProperty("uriBaseId").GetString());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", root);
        Assert.EndsWith("/", root);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "papers", "my paper #1.pdf"), new Uri(new Uri(root), "papers/my%20paper%20%231.pdf").LocalPath);

        var absolute = artifacts[1].GetProperty("location");
        Assert.StartsWith("file:///", absolute.GetProperty("uri").GetString());
        Assert.EndsWith("/other%20dir/a.pdf", absolute.GetProperty("uri").GetString());
        Assert.False(absolute.TryGetProperty("uriBaseId", out _));
        Assert.Equal(outside, new Uri(absolute.GetProperty("uri").GetString()!).LocalPath);

        var location = ResultFor(run, "RV0004").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("papers/my%20paper%20%231.pdf", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
    }

    [Fact]
    public void Diagnostics_are_notifications_and_a_failed_paper_marks_the_run_unsuccessful()
    {
        using (var ok = Write(TestReports.Attention()))
        {
            var invocation = Run(ok).GetProperty("invocations")[0];
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
            var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
            Assert.Equal("RE0100", note.GetProperty("descriptor").GetProperty("id").GetString());
            Assert.Equal("warning", note.GetProperty("level").GetString());
            Assert.Equal("page 7: text layer could not be read", note.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(7, note.GetProperty("locations")[0].GetProperty("properties").GetProperty("page").GetInt32());
        }

        using var doc = Write(TestReports.Attention(), TestReports.Corrupt());
        var run = Run(doc);
        var failed = run.GetProperty("invocations")[0];
        Assert.False(failed.GetProperty("executionSuccessful").GetBoolean());
        var error = failed.GetProperty("toolExecutionNotifications").EnumerateArray().Single(n => n.GetProperty("level").GetString() == "error");
        Assert.Equal("RE0103", error.GetProperty("descriptor").GetProperty("id").GetString());
        var artifact = error.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("corrupt.pdf", artifact.GetProperty("uri").GetString());
        Assert.Equal(1, artifact.GetProperty("index").GetInt32());
        Assert.Equal(4, run.GetProperty("results").GetArrayLength()); // the failed paper adds none
    }

    [Fact]
    public void Results_of_several_papers_point_at_their_own_artifact_and_unknown_variables_get_a_rule()
    {
        using var doc = Write(TestReports.Attention(), TestReports.Theory());
        var run = Run(doc);
        Assert.Equal(6, run.GetProperty("results").GetArrayLength());
        Assert.Equal("theory.pdf", ResultFor(run, "RV0001", artifact: 1).GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        var plugin = ResultFor(run, "XP0001", artifact: 1);
        Assert.Equal("informational", plugin.GetProperty("kind").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[plugin.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("XP0001", rule.GetProperty("id").GetString());
        Assert.Equal("EthicsStatement", rule.GetProperty("name").GetString());
        Assert.Equal("Ethics Statement", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        SarifAssert.Valid(doc.RootElement);
    }
}
