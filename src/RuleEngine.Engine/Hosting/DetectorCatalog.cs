using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Plugins;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Hosting;

/// <summary>A detector known to the engine, where it came from and whether this run enables it.</summary>
public sealed record CatalogEntry(VariableDetector Detector, string Origin, bool Enabled);

/// <summary>
/// Every detector the engine knows: those registered in DI (built-ins) and those discovered in plugin
/// folders. Decides which run (configuration) and initialises them once per run.
/// </summary>
public sealed class DetectorCatalog
{
    private readonly EngineSettings _settings;
    private readonly Lazy<DocumentAnalyzer> _analyzer;

    public DetectorCatalog(IEnumerable<VariableDetector> registered, PluginDirectories pluginDirectories, EngineSettings settings)
    {
        _settings = settings;
        var entries = new List<CatalogEntry>();
        var errors = new List<string>();
        foreach (var d in registered) Add(d, "built-in");
        foreach (var dir in pluginDirectories.Paths)
        {
            foreach (var result in PluginDirectoryLoader.Load(dir))
            {
                if (result.Error is not null) { errors.Add(result.Error); continue; }
                foreach (var d in result.Detectors) Add(d, result.AssemblyPath);
            }
        }
        Entries = entries;
        LoadErrors = errors;
        _analyzer = new Lazy<DocumentAnalyzer>(CreateAnalyzer);

        void Add(VariableDetector detector, string origin)
        {
            VariableDescriptor variable;
            try { variable = detector.Variable; }
            catch (Exception e) { errors.Add($"{detector.GetType().FullName} ({origin}): descriptor failed: {e.Message}"); return; }
            if (entries.Any(e => e.Detector.Variable.Id == variable.Id))
            {
                errors.Add($"{variable.Id} from {origin} ignored: a detector with that ID is already loaded");
                return;
            }
            entries.Add(new CatalogEntry(detector, origin, settings.IsVariableEnabled(variable.Id, variable.Key, variable.IsEnabledByDefault)));
        }
    }

    /// <summary>All detectors in registration order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Plugins that could not be loaded or detectors that were refused (one line each).</summary>
    public IReadOnlyList<string> LoadErrors { get; }

    public EngineSettings Settings => _settings;

    /// <summary>The analyzer over the enabled detectors (initialised once).</summary>
    public DocumentAnalyzer Analyzer => _analyzer.Value;

    /// <summary>Whether a rule is enabled in this run.</summary>
    public bool IsRuleEnabled(RuleDescriptor rule) => _settings.IsRuleEnabled(rule.Id, rule.IsEnabledByDefault);

    private DocumentAnalyzer CreateAnalyzer()
    {
        var loader = new RuleSetLoader(_settings);
        var registrations = Entries.Where(e => e.Enabled)
            .Select(e => DetectorRegistration.Initialize(e.Detector, loader.Load(e.Detector), e.Origin))
            .ToList();
        return new DocumentAnalyzer(registrations, _settings.DetectorBudget);
    }
}
