using System.Text.Json;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Reads our own result files: JSON Lines (one report per line) or JSON (one report or an array).</summary>
public static class ResultFiles
{
    public static IReadOnlyList<PaperReport> Read(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return ResultLog.ReadAll(path, out _);
        var text = File.ReadAllText(path).TrimStart();
        try
        {
            return text.StartsWith('[')
                ? JsonSerializer.Deserialize<List<PaperReport>>(text, ReportJson.Options) ?? []
                : [ReportJson.Deserialize(text) ?? throw new UsageException($"{path}: empty report")];
        }
        catch (JsonException e)
        {
            // Perhaps JSON Lines with another extension.
            var lines = ResultLog.ReadAll(path, out _);
            if (lines.Count > 0) return lines;
            throw new UsageException($"{path}: not a RuleEngine JSON or JSON Lines report ({e.Message})");
        }
    }
}
