using System.Diagnostics;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Times poppler's pdftotext over the same files, one process per file, one after another (the speed yardstick).</summary>
public static class PdftotextTimer
{
    /// <summary>Wall time and the children's CPU time, or null when pdftotext is not installed.</summary>
    public static ProcessTiming? Time(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var exe = FindOnPath("pdftotext");
        if (exe is null) return null;
        var before = ChildProcessUsage.Now();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var process = Process.Start(new ProcessStartInfo(exe) { ArgumentList = { "-q", file, "-" }, RedirectStandardOutput = true, UseShellExecute = false })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        clock.Stop();
        var after = ChildProcessUsage.Now();
        return new ProcessTiming(clock.Elapsed, after is { } a && before is { } b ? a.Cpu - b.Cpu : null, 0);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
