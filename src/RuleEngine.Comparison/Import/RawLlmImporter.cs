using System.Text.Json;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Reads the published raw LLM records (<c>{paper_key: {variable_key: {"result": int, "paper_text": str}}}</c>)
/// with a <see cref="KeyMap"/> giving each paper key its corpus id; the <c>paper_text</c> becomes the evidence
/// quote (the model's, not necessarily verbatim). Papers missing from the key map are skipped with a warning.
/// </summary>
public static class RawLlmImporter
{
    public static VerdictCollection Read(string path, KeyMap? keyMap, string? label = null)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException($"{path}: expected an object keyed by paper");
        var papers = new List<PaperVerdicts>();
        var unmapped = 0;
        foreach (var paper in doc.RootElement.EnumerateObject())
        {
            var id = keyMap is null ? paper.Name : keyMap.IdOf(paper.Name);
            if (id is null) { unmapped++; continue; }
            var variables = new Dictionary<string, VariableVerdict>(StringComparer.Ordinal);
            if (paper.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var field in paper.Value.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Object || !field.Value.TryGetProperty("result", out var result) || !result.TryGetInt32(out var code)) continue;
                if (RawVerdictCodes.Decode(field.Name, code) is not { } decoded) continue;
                var text = field.Value.TryGetProperty("paper_text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
                IReadOnlyList<EvidenceEntry> evidence = string.IsNullOrWhiteSpace(text) ? [] : [new EvidenceEntry(text, 0, "llm")];
                variables[decoded.Variable] = new VariableVerdict(decoded.Variable, decoded.Verdict, evidence, "", null, VerdictSources.Imported);
            }
            papers.Add(new PaperVerdicts(id, null, variables));
        }
        var warnings = unmapped > 0 ? new[] { $"{path}: {unmapped} paper(s) not in the key map; skipped" } : [];
        return new VerdictCollection(label ?? Label(path), papers) { Warnings = warnings };
    }

    /// <summary>True when the file looks like the raw format: an object of objects holding raw variable keys.</summary>
    public static bool LooksRaw(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("paper", out _) && !root.TryGetProperty("schemaVersion", out _)
        && root.EnumerateObject().Take(3).Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.EnumerateObject().Any(f => RawVerdictCodes.IsKnown(f.Name)));

    private static string Label(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf(".raw", StringComparison.OrdinalIgnoreCase);
        return dot > 0 ? name[..dot] : Path.GetFileNameWithoutExtension(path);
    }
}
