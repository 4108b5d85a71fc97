using RuleEngine.Engine.Configuration;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// The configuration of a run, source by source, later winning: the rule folder's
/// <c>ruleengine.globalconfig</c>, each <c>--config</c> file, then the <c>--set</c> options. Kept apart so
/// that a bad key or value is reported with the file or option it came from.
/// </summary>
public sealed class ConfigurationSources
{
    /// <summary>What an <c>--set</c> problem is attributed to.</summary>
    public const string SetOption = "--set";

    private readonly List<(string Source, IReadOnlyList<KeyValuePair<string, string>> Values)> _sources = [];

    private readonly List<string> _warnings = [];

    private ConfigurationSources() { }

    /// <summary>What was ignored, to tell the user (standard error).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <exception cref="UsageException">A file is missing or unreadable, an <c>--set</c> is not KEY=VALUE, or the rule folder's file sets <c>llm.*</c>.</exception>
    public static ConfigurationSources Read(string rulesDirectory, EngineCommandSettings options)
    {
        var sources = new ConfigurationSources();
        var ruleFolderConfig = Path.Combine(rulesDirectory, EngineSettingsLoader.DefaultFileName);
        if (File.Exists(ruleFolderConfig))
        {
            var values = Load(ruleFolderConfig);
            // A rule folder is data someone may hand you: it must not choose whether, where or how papers and the API key are sent.
            var llmKeys = values.Where(kv => kv.Key.StartsWith(EngineSettings.Prefix + "llm.", StringComparison.OrdinalIgnoreCase)).Select(kv => kv.Key).ToList();
            if (llmKeys.Count > 0)
            {
                sources._warnings.Add($"{ruleFolderConfig}: ignored {string.Join(", ", llmKeys)} — a rule folder may not set LLM settings (they decide where papers and the API key go); use the --llm options, RULEENGINE_LLM_* environment variables or a --config file");
                values = [.. values.Where(kv => !llmKeys.Contains(kv.Key))];
            }
            sources._sources.Add((ruleFolderConfig, values));
        }
        foreach (var file in options.ConfigFiles)
        {
            if (!File.Exists(file)) throw new UsageException($"configuration file not found: {file}");
            sources._sources.Add((file, Load(file)));
        }
        var overrides = new List<KeyValuePair<string, string>>();
        foreach (var o in options.Overrides)
        {
            var eq = o.IndexOf('=');
            if (eq <= 0) throw new UsageException($"--set expects KEY=VALUE, got '{o}'");
            overrides.Add(new(o[..eq].Trim(), o[(eq + 1)..].Trim()));
        }
        if (overrides.Count > 0) sources._sources.Add((SetOption, overrides));
        return sources;
    }

    /// <exception cref="UsageException">Every problem the validator finds, one per line.</exception>
    public void Check(ConfigurationValidator validator)
    {
        var problems = _sources.SelectMany(s => validator.Check(s.Source, s.Values)).ToList();
        if (problems.Count > 0) throw new UsageException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>The effective settings: every source merged in order.</summary>
    public EngineSettings Merge(string rulesDirectory) =>
        _sources.Aggregate(new EngineSettings { RuleDirectories = [rulesDirectory] }, (settings, source) => settings.With(source.Values));

    private static IReadOnlyList<KeyValuePair<string, string>> Load(string file)
    {
        try { return [.. EngineSettingsLoader.Load([file]).Values]; }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException) { throw new UsageException($"bad configuration file {file}: {e.Message}"); }
    }
}
