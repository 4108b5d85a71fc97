using System.Text.Json;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Reads verdicts from a file of any supported format, recognised by content: our JSON or JSON Lines
/// reports, the published raw JSON (needs a <see cref="KeyMap"/> to get corpus ids), or Markdown tables.
/// </summary>
public static class VerdictImporter
{
    /// <exception cref="FormatException">The file is in none of the formats.</exception>
    /// <summary>
    /// Reads a verdict file; every title, quote and rationale passes <see cref="TextSanitizer"/>, since imported tables
    /// (an LLM's, anyone's) reach the console, Markdown, HTML and SARIF writers of <c>compare</c>.
    /// </summary>
    public static VerdictCollection Read(string path, KeyMap? keyMap = null, string? label = null, VariableNames? names = null) =>
        Clean(ReadRaw(path, keyMap, label, names));

    private static VerdictCollection Clean(VerdictCollection collection) => collection with
    {
        Papers = [.. collection.Papers.Select(p => p with
        {
            Title = p.Title is null ? null : TextSanitizer.Clean(p.Title),
            Variables = new Dictionary<string, VariableVerdict>(
                p.Variables.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with
                {
                    Rationale = TextSanitizer.Clean(kv.Value.Rationale),
                    Evidence = [.. kv.Value.Evidence.Select(e => e with { Quote = TextSanitizer.Clean(e.Quote) })],
                })),
                (p.Variables as Dictionary<string, VariableVerdict>)?.Comparer ?? StringComparer.Ordinal),
        })],
    };

    private static VerdictCollection ReadRaw(string path, KeyMap? keyMap, string? label, VariableNames? names)
    {
        var text = File.ReadAllText(path);
        var start = text.TrimStart();
        if (start.StartsWith('{') || start.StartsWith('['))
        {
            if (start.StartsWith('{') && TryParse(text) is { } doc)
            {
                using (doc)
                {
                    if (RawLlmImporter.LooksRaw(doc.RootElement))
                    {
                        if (keyMap is null) throw new FormatException($"{path} is in the published raw format: give --key-map FILE.tsv to map its paper keys to corpus ids");
                        return RawLlmImporter.Read(path, keyMap, label);
                    }
                }
            }
            return ReportFileImporter.Read(path, label, names);
        }
        if (MarkdownTableImporter.LooksLikeTable(text)) return MarkdownTableImporter.Read(path, label, names);
        throw new FormatException($"{path}: not a JSON/JSON Lines report, raw LLM JSON or a Markdown verdict table");
    }

    private static JsonDocument? TryParse(string text)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException) { return null; }
    }
}
