namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>What a child process did: exit code, standard output and error, and how long it took.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"$ {Command}\nexit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
