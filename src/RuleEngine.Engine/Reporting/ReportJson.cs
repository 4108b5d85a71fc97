using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RuleEngine.Engine.Reporting;

/// <summary>The JSON settings of the report format (camelCase, readable Unicode).</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(PaperReport report, bool indented = true) => JsonSerializer.Serialize(report, indented ? Options : Compact);

    public static PaperReport? Deserialize(string json) => JsonSerializer.Deserialize<PaperReport>(json, Options);
}
