using System.ComponentModel;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Options every command that runs the engine shares.</summary>
public class EngineCommandSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("A configuration file (.globalconfig style) applied over rules/ruleengine.globalconfig. Repeatable.")]
    public string[] ConfigFiles { get; init; } = [];

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. [grey]--set RV0004.repository-link.enabled=false[/]. Repeatable.")]
    public string[] Overrides { get; init; } = [];

    [CommandOption("--variables <LIST>")]
    [Description("Only run these variables: IDs or keys, comma-separated (e.g. [grey]RV0004,HardwareSpecification[/]).")]
    public string? Variables { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("Also load variable plugins from this folder (any build output with a .deps.json). Repeatable.")]
    public string[] PluginDirectories { get; init; } = [];

    [CommandOption("--rules <DIR>")]
    [Description("Rule-data folder to use instead of the built-in rules/ (rule files RVxxxx.*.json and ruleengine.globalconfig).")]
    public string? RulesDirectory { get; init; }
}
