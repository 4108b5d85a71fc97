using System.Reflection;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// The commands registered with the app and the options each accepts (read from their settings'
/// <see cref="CommandOptionAttribute"/>s), so a mistyped command or option can be answered with the
/// nearest real one.
/// </summary>
public sealed class KnownCommands
{
    private readonly Dictionary<string, Type> _settingsByCommand = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <typeparamref name="TCommand"/> under <paramref name="name"/> with the app and remembers its options.</summary>
    public ICommandConfigurator Add<TCommand>(IConfigurator config, string name) where TCommand : class, ICommand
    {
        _settingsByCommand[name] = SettingsTypeOf(typeof(TCommand));
        return config.AddCommand<TCommand>(name);
    }

    public IReadOnlyCollection<string> Names => _settingsByCommand.Keys;

    /// <summary>The command named on the command line (the first argument that is not an option), if it is a known one.</summary>
    public string? CommandIn(IReadOnlyList<string> args) =>
        args.FirstOrDefault(a => !a.StartsWith('-')) is { } first && _settingsByCommand.ContainsKey(first) ? first : null;

    /// <summary>The options of a command as typed: <c>--format</c>, <c>-f</c>, … (with <c>--help</c>).</summary>
    public IReadOnlyList<string> OptionsOf(string command)
    {
        if (!_settingsByCommand.TryGetValue(command, out var settings)) return [];
        var options = settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)));
        return [.. options, "--help", "-h"];
    }

    private static Type SettingsTypeOf(Type command)
    {
        for (var type = command; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
                return settings;
        return typeof(CommandSettings);
    }
}
