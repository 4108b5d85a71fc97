using Spectre.Console;

namespace RuleEngine.Cli.Output;

/// <summary>The console for people (progress, warnings) is standard error, so standard output stays machine-readable.</summary>
public static class Consoles
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>
    /// "error: MESSAGE" on standard error: red on a terminal; as plain, unwrapped lines when redirected, so a
    /// script or log keeps a long message (a file path and a key) on one line.
    /// </summary>
    public static void WriteError(string message)
    {
        if (Console.IsErrorRedirected) Console.Error.WriteLine("error: " + message);
        else Error.MarkupLineInterpolated($"[red]error:[/] {message}");
    }

    /// <summary>"warning: MESSAGE" on standard error (yellow on a terminal, plain when redirected).</summary>
    public static void WriteWarning(string message)
    {
        if (Console.IsErrorRedirected) Console.Error.WriteLine("warning: " + message);
        else Error.MarkupLineInterpolated($"[yellow]warning:[/] {message}");
    }

    /// <summary>A console that renders into a file writer (no colours).</summary>
    public static IAnsiConsole ToWriter(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
}
