using System.Text.RegularExpressions;
using RuleEngine.Engine.Configuration;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// Turns Spectre.Console.Cli's parse errors into one helpful line: the unknown option or command named,
/// with the nearest real one suggested ("unknown option '--fromat'; did you mean --format?").
/// </summary>
public sealed partial class UsageHints(KnownCommands commands)
{
    [GeneratedRegex(@"^Unknown option '(?<name>[^']+)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Unknown command '(?<name>[^']+)'")]
    private static partial Regex UnknownCommand();

    /// <summary>The message for a parse error of the given command line.</summary>
    public string Describe(string message, IReadOnlyList<string> args)
    {
        if (UnknownOption().Match(message) is { Success: true } option)
        {
            var command = commands.CommandIn(args);
            var typed = TypedForm(option.Groups["name"].Value, args);
            var known = command is null ? [] : commands.OptionsOf(command);
            // A one-letter option is too short to guess from; a long one is matched against the long names.
            var closest = typed.StartsWith("--", StringComparison.Ordinal) ? EditDistance.Closest(typed, known.Where(o => o.StartsWith("--", StringComparison.Ordinal))) : null;
            var where = command is null ? "" : $" for '{command}'";
            var help = command is null ? "ruleengine --help" : $"ruleengine {command} --help";
            return $"unknown option '{typed}'{where}" + (closest is null ? $"; see `{help}`" : $"; did you mean {closest}?");
        }
        if (UnknownCommand().Match(message) is { Success: true } unknownCommand)
        {
            var name = unknownCommand.Groups["name"].Value;
            var closest = EditDistance.Closest(name, commands.Names);
            return $"unknown command '{name}'" + (closest is null ? $"; commands: {string.Join(", ", commands.Names)}" : $"; did you mean {closest}?");
        }
        return message;
    }

    /// <summary>Spectre names an option without its dashes: give it back as the user typed it.</summary>
    private static string TypedForm(string name, IReadOnlyList<string> args)
    {
        if (name.StartsWith('-')) return name;
        var dashed = name.Length == 1 ? "-" + name : "--" + name;
        return args.FirstOrDefault(a => a.Split('=')[0] is var head && (head == "--" + name || head == "-" + name)) is { } typed ? typed.Split('=')[0] : dashed;
    }
}
