using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Hosting;
using RuleEngine.Pdf;
using RuleEngine.Sdk;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Thrown for a problem the user can fix on the command line (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Builds the engine (DI container) from the shared command-line options.</summary>
public static class EngineFactory
{
    /// <param name="configure">Extra registrations made before the LLM fallback's (e.g. <c>compare</c>'s recorder of heuristic reports).</param>
    public static ServiceProvider Create(EngineCommandSettings options, Action<IServiceCollection>? configure = null)
    {
        var rulesDir = options.RulesDirectory ?? EngineSettingsLoader.FindDefaultRulesDirectory()
            ?? throw new UsageException("the built-in rules/ folder was not found; pass --rules DIR");
        if (!Directory.Exists(rulesDir)) throw new UsageException($"rules folder not found: {rulesDir}");
        foreach (var dir in options.PluginDirectories)
            if (!Directory.Exists(dir)) throw new UsageException($"plugin folder not found: {dir}");

        var sources = ConfigurationSources.Read(rulesDir, options);
        foreach (var warning in sources.Warnings) Output.Consoles.WriteWarning(warning);
        sources.Check(new ConfigurationValidator()); // values first: a bad LLM value is named with its file before the LLM options are read
        var settings = LlmCommandLine.Apply(sources.Merge(rulesDir), options);
        if (!string.IsNullOrWhiteSpace(options.Variables))
            settings = settings with { OnlyVariables = [.. options.Variables.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };

        var services = new ServiceCollection();
        services.AddRuleEngine(settings, options.PluginDirectories.Select(Path.GetFullPath));
        services.AddSingleton<ILayoutReader>(_ => new PdfLayoutReader(maxPages: settings.MaxPages));
        foreach (var type in BuiltInDetectors.Types)
            services.AddSingleton(typeof(VariableDetector), type);
        configure?.Invoke(services);
        services.AddLlm(settings);
        var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<DetectorCatalog>();
        sources.Check(new ConfigurationValidator(catalog.Entries.SelectMany(e => KnownNames(e.Detector, catalog.Settings))));
        if (settings.OnlyVariables.Count > 0)
        {
            var known = catalog.Entries.SelectMany(e => new[] { e.Detector.Variable.Id, e.Detector.Variable.Key }).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unknown = settings.OnlyVariables.Where(v => !known.Contains(v)).ToList();
            if (unknown.Count > 0) throw new UsageException($"unknown variable(s) in --variables: {string.Join(", ", unknown)} (see `ruleengine rules`)");
        }
        try { _ = catalog.Analyzer; }
        catch (FormatException e) { throw new UsageException($"bad rule file: {e.Message}"); }
        return provider;
    }

    /// <summary>What configuration may name for a detector: its variable's ID and key, its rules' IDs and those of its rule file.</summary>
    private static IEnumerable<string> KnownNames(VariableDetector detector, EngineSettings settings)
    {
        IEnumerable<string> ruleFileIds;
        try { ruleFileIds = new RuleSetLoader(settings).Load(detector).Rules.Keys; }
        catch (FormatException) { ruleFileIds = []; } // reported as a bad rule file below
        return [detector.Variable.Id, detector.Variable.Key, .. detector.SupportedRules.Select(r => r.Id), .. ruleFileIds];
    }

    public static PaperAnalyzer Analyzer(this ServiceProvider provider) => provider.GetRequiredService<PaperAnalyzer>();
}
