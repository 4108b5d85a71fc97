using System.Diagnostics;

namespace RuleEngine.Cli.Tests;

/// <summary>Headless Chromium (Debian's <c>chromium</c>), found on PATH or through <c>$CHROMIUM</c>.</summary>
public static class Chromium
{
    private static readonly Lazy<string?> PathLazy = new(() =>
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } set && File.Exists(set)) return set;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    });

    public static string? Executable => PathLazy.Value;

    /// <summary>The DOM after the page loaded and its scripts ran.</summary>
    public static string DumpDom(string url) => Run(url, "--dump-dom");

    /// <summary>Renders <paramref name="url"/> at 1280×<paramref name="height"/> to a PNG.</summary>
    public static void Screenshot(string url, string png, int height = 1600)
    {
        if (File.Exists(png)) File.Delete(png);
        Run(url, $"--screenshot={png}", $"--window-size=1280,{height}", "--hide-scrollbars");
        if (!File.Exists(png)) throw new InvalidOperationException($"chromium wrote no screenshot for {url}");
    }

    private static string Run(string url, params string[] args)
    {
        var profile = Path.Combine(Path.GetTempPath(), "ruleengine-chromium-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium not found"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. The pages are our own files.
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--allow-file-access-from-files", $"--user-data-dir={profile}" }.Concat(args))
            info.ArgumentList.Add(a);
        info.ArgumentList.Add(url);
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish rendering {url}");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>A fact that needs headless Chromium; skipped, with how to get it, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
            Skip = "chromium not found (set CHROMIUM or install Debian's chromium: `apt-get install -y chromium`; .ci/run installs it when it can)";
    }
}
