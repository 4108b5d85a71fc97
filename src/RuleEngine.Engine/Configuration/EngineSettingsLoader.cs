using Microsoft.Extensions.Configuration;

namespace RuleEngine.Engine.Configuration;

/// <summary>
/// Reads <c>.globalconfig</c>-style files (INI syntax: <c>key = value</c>, <c>#</c> comments) with
/// Microsoft.Extensions.Configuration.Ini and merges them, later files winning.
/// </summary>
public static class EngineSettingsLoader
{
    /// <summary>The default configuration file in a rules directory.</summary>
    public const string DefaultFileName = "ruleengine.globalconfig";

    public static EngineSettings Load(IEnumerable<string> configFiles, IEnumerable<string>? ruleDirectories = null)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in configFiles)
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"Configuration file not found: {file}", file);
            builder.AddIniFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }
        var values = builder.Build().AsEnumerable()
            .Where(kv => kv.Value is not null)
            .Select(kv => new KeyValuePair<string, string>(kv.Key.Replace(':', '.'), kv.Value!));
        return new EngineSettings { RuleDirectories = [.. ruleDirectories ?? []] }.With(values);
    }

    /// <summary>
    /// Finds the built-in rules directory: <c>rules/</c> beside the executable (copied at build), else the
    /// repository's <c>rules/</c> above the current directory.
    /// </summary>
    public static string? FindDefaultRulesDirectory()
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, "rules");
        if (Directory.Exists(besideApp)) return besideApp;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules");
            if (File.Exists(Path.Combine(candidate, DefaultFileName))) return candidate;
        }
        return null;
    }
}
