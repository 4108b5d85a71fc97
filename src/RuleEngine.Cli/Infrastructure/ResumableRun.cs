using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// Resuming a corpus run into a JSON Lines file: the papers already recorded with the same engine/rules
/// signature are skipped (by content hash); a torn last line left by a killed run is cut off first.
/// Papers that timed out are tried again.
/// </summary>
public static class ResumableRun
{
    public static IReadOnlySet<string> CompletedPapers(string jsonlPath, EngineStamp stamp)
    {
        var reports = ResultLog.Repair(jsonlPath);
        return reports
            .Where(r => r.Engine?.Signature == stamp.Signature && !string.IsNullOrEmpty(r.Paper.Sha256))
            .Where(r => r.Diagnostics.All(d => d.Id != EngineDiagnosticIds.PaperTimedOut))
            .Select(r => r.Paper.Sha256)
            .ToHashSet(StringComparer.Ordinal);
    }
}
