using System.Text.Json.Nodes;
using Json.Schema;
using RuleEngine.TestSupport;

namespace RuleEngine.Reports.Tests;

/// <summary>
/// docs/report.schema.json, the JSON Schema of report-format.md, evaluated with JsonSchema.Net. Shared with
/// the CLI tests (linked there), which validate the command's real output.
/// </summary>
public static class ReportSchema
{
    public static string SchemaPath => Path.Combine(RepoPaths.Root, "docs", "report.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(SchemaPath));

    /// <summary>The schema's complaints about one report object (empty when it is valid).</summary>
    public static IReadOnlyList<string> Problems(JsonNode? report)
    {
        var result = Schema.Value.Evaluate(report, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return result.Details.Append(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Distinct()
            .ToList();
    }

    /// <summary>Fails with every complaint when the report does not match the schema.</summary>
    public static void AssertValid(JsonNode? report, string what)
    {
        var problems = Problems(report);
        Assert.True(problems.Count == 0, $"{what} does not match docs/report.schema.json:\n{string.Join("\n", problems)}");
    }

    public static void AssertValid(string json, string what) => AssertValid(JsonNode.Parse(json), what);
}
