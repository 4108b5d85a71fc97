using System.Text.Json;
using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Reads verdicts from a file of any supported format, recognised by content: our JSON or JSON Lines
/// reports, the published raw JSON (needs a <see cref="KeyMap"/> to get corpus ids), or Markdown tables.
/// </summary>
public static class VerdictImporter
{
    /// <exception cref="FormatException">The file is in none of the formats.</exception>
    public static VerdictCollection Read(string path, KeyMap? keyMap = null, string? label = null, VariableNames? names = null)
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
