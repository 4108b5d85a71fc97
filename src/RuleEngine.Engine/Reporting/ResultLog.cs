using System.Text;
using System.Text.Json;

namespace RuleEngine.Engine.Reporting;

/// <summary>
/// Reads a JSON Lines result file written by earlier (possibly killed) runs: every complete line is a
/// report; a torn last line (the run was killed mid-write) is ignored and cut off before appending, so the
/// file stays valid. Used to resume a corpus run and to summarise results.
/// </summary>
public static class ResultLog
{
    /// <summary>The reports in the file, later lines for the same content hash replacing earlier ones.</summary>
    public static IReadOnlyList<PaperReport> Read(string path) => Latest(ReadAll(path, out _));

    /// <summary>All complete reports in order; <paramref name="validLength"/> is the byte length of the valid prefix.</summary>
    public static List<PaperReport> ReadAll(string path, out long validLength)
    {
        var reports = new List<PaperReport>();
        validLength = 0;
        if (!File.Exists(path)) return reports;
        var bytes = File.ReadAllBytes(path);
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) break; // torn last line: no newline yet
            var line = Encoding.UTF8.GetString(bytes, start, end - start).Trim();
            if (line.Length > 0)
            {
                try
                {
                    if (ReportJson.Deserialize(line) is { } report) reports.Add(report);
                }
                catch (JsonException)
                {
                    break; // a corrupt line: keep what came before it
                }
            }
            start = end + 1;
            validLength = start;
        }
        return reports;
    }

    /// <summary>Cuts a torn or corrupt tail off the file so that appending keeps it valid JSON Lines.</summary>
    public static IReadOnlyList<PaperReport> Repair(string path)
    {
        var reports = ReadAll(path, out var validLength);
        if (File.Exists(path) && new FileInfo(path).Length != validLength)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(validLength);
        }
        return reports;
    }

    /// <summary>One report per paper (by content hash, else file name): the last one written.</summary>
    public static IReadOnlyList<PaperReport> Latest(IEnumerable<PaperReport> reports) =>
        reports.GroupBy(r => string.IsNullOrEmpty(r.Paper.Sha256) ? "file:" + r.Paper.File : r.Paper.Sha256, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
}
