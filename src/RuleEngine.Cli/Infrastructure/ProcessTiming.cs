namespace RuleEngine.Cli.Infrastructure;

/// <summary>How long a child process (or a series of them) took, as seen from outside it.</summary>
/// <param name="Wall">Elapsed time from start to exit, start-up included.</param>
/// <param name="Cpu">User + system CPU time the OS charged (null when it does not say).</param>
/// <param name="ExitCode">The (last) process's exit code.</param>
/// <param name="PeakRssBytes">Peak resident set the OS reported for the process (null when unknown).</param>
public sealed record ProcessTiming(TimeSpan Wall, TimeSpan? Cpu, int ExitCode, long? PeakRssBytes = null);
