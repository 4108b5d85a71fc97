using System.Diagnostics;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// Runs <c>dotnet</c> (the SDK's commands, or the built CLI) as a child process, with the variables that the
/// test host's own MSBuild/VSTest set removed so a nested build behaves like one typed in a shell.
/// </summary>
internal static class ChildProcess
{
    /// <summary>Options that lift the per-paper and per-detector time budgets: tests check behaviour, not speed, and CI machines can be very busy.</summary>
    public static readonly string[] GenerousBudgets = ["--set", "engine.paper_budget_ms=600000", "--set", "engine.detector_budget_ms=120000"];

    private static readonly string[] InheritedPrefixes = ["MSBUILD", "MSBuild", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH"];

    public static ProcessResult Dotnet(IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null) =>
        Run("dotnet", arguments, workingDirectory, timeout);

    /// <summary>Runs <paramref name="program"/> (e.g. an installed tool's executable) the same way.</summary>
    public static ProcessResult Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var key in info.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";

        var command = program + " " + string.Join(' ', info.ArgumentList);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + command);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout}");
        }
        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }

    /// <summary>Runs the built <c>ruleengine</c> CLI (the same as <c>dotnet run --project src/RuleEngine.Cli --</c>, without the rebuild).</summary>
    public static ProcessResult RuleEngine(params string[] arguments) => Dotnet([BuildOutput.Cli, .. arguments]);
}
