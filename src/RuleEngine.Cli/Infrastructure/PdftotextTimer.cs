using System.Diagnostics;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Times poppler's pdftotext over the same files, one after another (the speed yardstick).</summary>
public static class PdftotextTimer
{
    /// <summary>Total wall time, or null when pdftotext is not installed.</summary>
    public static TimeSpan? Time(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var exe = FindOnPath("pdftotext");
        if (exe is null) return null;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var process = Process.Start(new ProcessStartInfo(exe) { ArgumentList = { "-q", file, "-" }, RedirectStandardOutput = true, UseShellExecute = false })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        return clock.Elapsed;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
