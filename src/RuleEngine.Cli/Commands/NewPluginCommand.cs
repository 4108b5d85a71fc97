using System.ComponentModel;
using System.Text.RegularExpressions;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>ruleengine new-plugin NAME [--id RV0123] [--key Key] [--output DIR] [--engine-root PATH]</c>: scaffolds a
/// variable plugin and its test project — the same files as <c>dotnet new ruleengine-plugin</c>, offline.
/// </summary>
public sealed partial class NewPluginCommand : Command<NewPluginCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("Project name, e.g. [grey]Acme.Plugins.RandomSeeds[/] (the plugin project; its tests get .Tests).")]
        public string Name { get; init; } = "";

        [CommandOption("--id <ID>")]
        [Description("Variable ID: two or more capital letters and four digits. Default RV0900.")]
        [DefaultValue(PluginTemplate.IdToken)]
        public string Id { get; init; } = PluginTemplate.IdToken;

        [CommandOption("--key <KEY>")]
        [Description("Variable key used in reports (PascalCase). Default: the last segment of NAME.")]
        public string? Key { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("Folder to create the projects in. Default: ./NAME.")]
        public string? Output { get; init; }

        [CommandOption("--engine-root <PATH>")]
        [Description("The RuleEngine repository, written into Directory.Build.props. Default: this repository, relative to DIR.")]
        public string? EngineRoot { get; init; }

        [CommandOption("--force")]
        [Description("Overwrite existing files.")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (!NameShape().IsMatch(Name)) return ValidationResult.Error($"NAME must be a dotted C# identifier such as Acme.Plugins.RandomSeeds, got '{Name}'");
            if (!IdShape().IsMatch(Id)) return ValidationResult.Error($"--id must look like RV0123, got '{Id}'");
            if (Key is not null && !KeyShape().IsMatch(Key)) return ValidationResult.Error($"--key must be PascalCase, got '{Key}'");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var template = PluginTemplate.Find()
            ?? throw new UsageException("the plugin template (templates/ruleengine-plugin) was not found beside the tool or above the current folder; run from a RuleEngine checkout");
        var output = Path.GetFullPath(settings.Output ?? settings.Name);
        var key = settings.Key ?? settings.Name[(settings.Name.LastIndexOf('.') + 1)..];
        if (!KeyShape().IsMatch(key)) throw new UsageException($"the last segment of NAME ('{key}') is not a PascalCase key; pass --key");
        var engineRoot = settings.EngineRoot ?? DefaultEngineRoot(output);

        var replacements = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PluginTemplate.SourceName] = settings.Name,
            [PluginTemplate.IdToken] = settings.Id,
            [PluginTemplate.KeyToken] = key,
            [PluginTemplate.EngineRootToken] = engineRoot,
            [PluginTemplate.VersionToken] = EngineVersion,
        };
        if (!settings.Force && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new UsageException($"{output} is not empty; choose another --output or pass --force");

        var written = template.Render(output, replacements);
        foreach (var file in written) AnsiConsole.MarkupLineInterpolated($"[green]created[/] {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
        var bin = Path.Combine(output, settings.Name, "bin", "Debug", "net10.0");
        AnsiConsole.MarkupLineInterpolated($"""

            Next:
              dotnet test {Path.Combine(output, settings.Name + ".Tests")}
              ruleengine analyze paper.pdf --plugins {bin}
            See docs/writing-a-plugin.md.
            """);
        if (settings.EngineRoot is null && PluginTemplate.FindRepositoryRoot() is null)
            Consoles.Error.MarkupLineInterpolated($"[grey]No RuleEngine repository around: the projects reference the RuleEngine.Sdk and RuleEngine.Testing {EngineVersion} packages from your NuGet sources (to build against a checkout instead, set RuleEngineRoot in {Path.Combine(output, "Directory.Build.props")}).[/]");
        return ExitCodes.Success;
    }

    /// <summary>The engine's version (the SDK and test-kit packages are versioned with it), without build metadata.</summary>
    private static string EngineVersion =>
        (typeof(NewPluginCommand).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? Contexts.ToolVersion).Split('+')[0];

    /// <summary>The repository around the tool, relative to the output folder (or the template's default).</summary>
    private static string DefaultEngineRoot(string output) =>
        PluginTemplate.FindRepositoryRoot() is { } root ? Path.GetRelativePath(output, root).Replace('\\', '/') : PluginTemplate.EngineRootToken;

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex NameShape();

    [GeneratedRegex("^[A-Z]{2,}[0-9]{4}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex KeyShape();
}
