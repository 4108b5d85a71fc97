using System.Diagnostics;
using System.Reflection;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// Runs this very ruleengine as a child, <c>analyze FILES -j 1</c>, and times the whole process (start-up,
/// JIT, rule compilation, every paper, writing the report) from outside, as a user's run would be timed.
/// Its peak resident set comes from the OS (getrusage), so it must be the first child bench waits for.
/// </summary>
public static class WholeProcessTimer
{
    public static ProcessTiming Time(IReadOnlyList<string> files, EngineCommandSettings settings, CancellationToken cancellationToken)
    {
        var output = Path.Combine(Path.GetTempPath(), $"ruleengine-bench-{Environment.ProcessId}.jsonl");
        var info = StartInfo();
        foreach (var a in new[] { "analyze", "-f", "jsonl", "-o", output, "--no-resume", "-j", "1", "-q" }) info.ArgumentList.Add(a);
        foreach (var a in EngineArguments(settings)) info.ArgumentList.Add(a);
        foreach (var f in files) info.ArgumentList.Add(f);
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;

        var before = ChildProcessUsage.Now();
        var clock = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            clock.Stop();
            stdout.GetAwaiter().GetResult();
            stderr.GetAwaiter().GetResult();
            var after = ChildProcessUsage.Now();
            return new ProcessTiming(clock.Elapsed, after is { } a && before is { } b ? a.Cpu - b.Cpu : null, process.ExitCode, after?.PeakRssBytes);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The same program: the apphost, or <c>dotnet ruleengine.dll</c> when started through dotnet.</summary>
    private static ProcessStartInfo StartInfo()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        return info;
    }

    /// <summary>The engine options bench was given, passed on so that the child analyses with the same rules.</summary>
    private static IEnumerable<string> EngineArguments(EngineCommandSettings s)
    {
        foreach (var f in s.ConfigFiles) { yield return "--config"; yield return f; }
        foreach (var o in s.Overrides) { yield return "--set"; yield return o; }
        if (s.Variables is { } v) { yield return "--variables"; yield return v; }
        foreach (var d in s.PluginDirectories) { yield return "--plugins"; yield return d; }
        if (s.RulesDirectory is { } r) { yield return "--rules"; yield return r; }
        if (s.Llm is { } llm) { yield return "--llm"; yield return llm; }
        if (s.LlmProvider is { } p) { yield return "--llm-provider"; yield return p; }
        if (s.LlmEndpoint is { } e) { yield return "--llm-endpoint"; yield return e; }
        if (s.LlmModel is { } m) { yield return "--llm-model"; yield return m; }
        if (s.LlmTokenBudget is { } t) { yield return "--llm-token-budget"; yield return t.ToString(System.Globalization.CultureInfo.InvariantCulture); }
        if (s.LlmCache is { } c) { yield return "--llm-cache"; yield return c; }
    }
}
