using System.Text.Json;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Reads reports in our JSON format (<c>analyze --format json</c>: one object or an array; <c>jsonl</c>:
/// one object per line), including converted files whose records lack optional fields (the corpus's
/// <c>gemini-2.5-flash.jsonl</c> has no id, name or confidence). Read field by field, so a record missing
/// a field the engine's own types require is still usable.
/// </summary>
public static class ReportFileImporter
{
    public static VerdictCollection Read(string path, string? label = null, VariableNames? names = null)
    {
        names ??= VariableNames.Default;
        var text = File.ReadAllText(path);
        var papers = new List<PaperVerdicts>();
        var warnings = new List<string>();
        string? model = null;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('[') || (trimmed.StartsWith('{') && IsSingleDocument(trimmed)))
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
            var records = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            foreach (var record in records) Add(record, $"{path}");
        }
        else
        {
            var lineNumber = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    Add(doc.RootElement, $"{path}:{lineNumber}");
                }
                catch (JsonException e) { warnings.Add($"{path}:{lineNumber}: not JSON ({e.Message.Split('.')[0]}); skipped"); }
            }
        }
        return new VerdictCollection(label ?? model ?? Path.GetFileNameWithoutExtension(path), papers) { Warnings = warnings };

        void Add(JsonElement record, string where)
        {
            if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("paper", out var paper) || paper.ValueKind != JsonValueKind.Object)
            {
                warnings.Add($"{where}: not a paper report (no \"paper\" object); skipped");
                return;
            }
            model ??= String(record, "model");
            var file = String(paper, "file") ?? String(paper, "id");
            if (file is null) { warnings.Add($"{where}: paper without a file name; skipped"); return; }
            var variables = new Dictionary<string, VariableVerdict>(StringComparer.Ordinal);
            if (record.TryGetProperty("variables", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var v in list.EnumerateArray())
                {
                    var key = names.Resolve(String(v, "variable") ?? String(v, "id") ?? "") ?? String(v, "variable");
                    var verdict = String(v, "verdict");
                    if (key is null || verdict is null) continue;
                    variables.TryAdd(key, new VariableVerdict(key, verdict, Evidence(v), String(v, "rationale") ?? "",
                        v.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
                        String(v, "source") ?? VerdictSources.Imported) { Flag = String(v, "flag") });
                }
            }
            papers.Add(new PaperVerdicts(GoldStandard.PaperIdOf(file), String(paper, "title"), variables));
        }
    }

    private static bool IsSingleDocument(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException) { return false; }
    }

    private static IReadOnlyList<EvidenceEntry> Evidence(JsonElement variable)
    {
        if (!variable.TryGetProperty("evidence", out var list) || list.ValueKind != JsonValueKind.Array) return [];
        var result = new List<EvidenceEntry>();
        foreach (var e in list.EnumerateArray())
        {
            var quote = String(e, "quote");
            if (string.IsNullOrWhiteSpace(quote)) continue;
            var page = e.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;
            bool? verified = e.TryGetProperty("verified", out var vf) && vf.ValueKind is JsonValueKind.True or JsonValueKind.False ? vf.GetBoolean() : null;
            result.Add(new EvidenceEntry(quote, page, String(e, "rule") ?? "") { Verified = verified });
        }
        return result;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
