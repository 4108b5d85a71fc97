using Spectre.Console;

namespace RuleEngine.Cli.Output;

/// <summary>The console for people (progress, warnings) is standard error, so standard output stays machine-readable.</summary>
public static class Consoles
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>A console that renders into a file writer (no colours).</summary>
    public static IAnsiConsole ToWriter(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
}
