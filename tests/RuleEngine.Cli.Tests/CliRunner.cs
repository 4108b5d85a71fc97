using System.Diagnostics;
using RuleEngine.TestSupport;

namespace RuleEngine.Cli.Tests;

/// <summary>The outcome of one ruleengine invocation.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the built ruleengine.dll (copied beside the tests) in a child process, as a user would.</summary>
public static class CliRunner
{
    public static string SamplePdf => Path.Combine(RepoPaths.Samples, "sample-paper.pdf");

    public static CliResult Run(params string[] args) => RunIn(null, args);

    public static CliResult RunIn(string? workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    /// <summary>Runs ruleengine with <paramref name="input"/> as its standard input (closed after writing).</summary>
    public static CliResult RunWithInput(string? workingDirectory, string? input, params string[] args) => Run(TimeSpan.FromMinutes(3), workingDirectory, input, args);

    /// <summary>A long run (a whole corpus) that may take more than the usual 3 minutes on a busy machine.</summary>
    public static CliResult RunLong(TimeSpan timeout, params string[] args) => Run(timeout, null, null, args);

    private static CliResult Run(TimeSpan timeout, string? workingDirectory, string? input, string[] args)
    {
        var info = StartInfo(workingDirectory, args);
        info.RedirectStandardInput = input is not null;
        using var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ruleengine did not finish in {timeout.TotalMinutes:0} minutes: " + string.Join(' ', args));
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts ruleengine without waiting (output discarded), for tests that interrupt a run.</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo(null, args))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The built ruleengine.dll (copied beside the tests) run with <c>dotnet exec</c>, no colours, a wide console.</summary>
    private static ProcessStartInfo StartInfo(string? workingDirectory, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? RepoPaths.Root };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ruleengine.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return info;
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ruleengine-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
