using System.Text.Json;

namespace RuleEngine.Reports.Tests;

/// <summary>Checks the parts of SARIF 2.1.0 that consumers rely on (a subset of the schema and the spec's SHALLs).</summary>
internal static class SarifAssert
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];
    private static readonly string[] Kinds = ["pass", "fail", "review", "open", "notApplicable", "informational"];

    public static void Valid(JsonElement log)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        var runs = log.GetProperty("runs");
        Assert.True(runs.GetArrayLength() >= 1);

        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.False(string.IsNullOrWhiteSpace(driver.GetProperty("name").GetString()));

            var rules = driver.TryGetProperty("rules", out var r) ? r.EnumerateArray().ToList() : [];
            var ruleIds = rules.Select(x => x.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ruleIds.Count, ruleIds.Distinct(StringComparer.Ordinal).Count());
            foreach (var rule in rules)
            {
                if (rule.TryGetProperty("helpUri", out var help))
                    Assert.True(Uri.TryCreate(help.GetString(), UriKind.Absolute, out _), $"helpUri {help} is not absolute");
                if (rule.TryGetProperty("shortDescription", out var sd)) Assert.False(string.IsNullOrEmpty(sd.GetProperty("text").GetString()));
            }

            var artifactCount = run.TryGetProperty("artifacts", out var artifacts) ? artifacts.GetArrayLength() : 0;
            if (artifactCount > 0)
                foreach (var a in artifacts.EnumerateArray())
                    Assert.False(string.IsNullOrEmpty(a.GetProperty("location").GetProperty("uri").GetString()));

            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var ruleId = result.GetProperty("ruleId").GetString();
                Assert.Contains(ruleId, ruleIds);
                if (result.TryGetProperty("ruleIndex", out var ruleIndex))
                    Assert.Equal(ruleId, ruleIds[ruleIndex.GetInt32()]);
                Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));

                var kind = result.TryGetProperty("kind", out var k) ? k.GetString() : "fail";
                Assert.Contains(kind, Kinds);
                if (result.TryGetProperty("level", out var level))
                {
                    Assert.Contains(level.GetString(), Levels);
                    if (kind != "fail") Assert.Equal("none", level.GetString()); // SARIF §3.27.10
                }
                if (result.TryGetProperty("rank", out var rank))
                    Assert.InRange(rank.GetDouble(), -1, 100);

                foreach (var location in result.GetProperty("locations").EnumerateArray())
                {
                    var physical = location.GetProperty("physicalLocation");
                    var artifact = physical.GetProperty("artifactLocation");
                    Assert.False(string.IsNullOrEmpty(artifact.GetProperty("uri").GetString()));
                    if (artifact.TryGetProperty("index", out var index)) Assert.InRange(index.GetInt32(), 0, artifactCount - 1);
                    if (physical.TryGetProperty("region", out var region))
                        Assert.False(string.IsNullOrEmpty(region.GetProperty("snippet").GetProperty("text").GetString()));
                }
            }

            if (run.TryGetProperty("invocations", out var invocations))
                foreach (var invocation in invocations.EnumerateArray())
                {
                    Assert.True(invocation.GetProperty("executionSuccessful").ValueKind is JsonValueKind.True or JsonValueKind.False);
                    if (!invocation.TryGetProperty("toolExecutionNotifications", out var notes)) continue;
                    foreach (var note in notes.EnumerateArray())
                    {
                        Assert.False(string.IsNullOrEmpty(note.GetProperty("message").GetProperty("text").GetString()));
                        if (note.TryGetProperty("level", out var level)) Assert.Contains(level.GetString(), Levels);
                    }
                }
        }
    }
}
