using System.Text.Json;
using RuleEngine.Engine.Reporting;
using RuleEngine.Reports;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Reads our own result files: a results database (SQLite), JSON Lines (one report per line) or JSON (one report or an array).</summary>
public static class ResultFiles
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>The reports in a results file, each cleaned by <see cref="TextSanitizer"/>: a file from elsewhere may carry
    /// terminal escapes that would otherwise reach the console, Markdown or HTML of <c>summarize</c>.</summary>
    public static IReadOnlyList<PaperReport> Read(string path) => [.. ReadRaw(path).Select(TextSanitizer.Clean)];

    private static IReadOnlyList<PaperReport> ReadRaw(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"results file not found: {path}");
        if (IsSqlite(path))
        {
            try
            {
                using var store = SqliteResultStore.Open(path);
                return store.ReadAll();
            }
            catch (InvalidDataException e) { throw new UsageException(e.Message); }
        }
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

    private static bool IsSqlite(string path)
    {
        var head = new byte[SqliteHeader.Length];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.AsSpan().SequenceEqual(SqliteHeader);
    }
}
