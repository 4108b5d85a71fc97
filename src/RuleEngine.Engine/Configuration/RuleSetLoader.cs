using RuleEngine.Sdk;

namespace RuleEngine.Engine.Configuration;

/// <summary>
/// Loads each variable's rule data: the file <c>RVxxxx.*.json</c> in the configured rule directories
/// (later directories win) or beside the plugin's assembly, with configuration-disabled rules applied.
/// </summary>
public sealed class RuleSetLoader(EngineSettings settings)
{
    public RuleSet Load(VariableDetector detector)
    {
        var id = detector.Variable.Id;
        var assemblyDir = Path.GetDirectoryName(detector.GetType().Assembly.Location);
        var dirs = new List<string>();
        if (!string.IsNullOrEmpty(assemblyDir)) { dirs.Add(assemblyDir); dirs.Add(Path.Combine(assemblyDir, "rules")); }
        dirs.AddRange(settings.RuleDirectories);

        RuleSet? rules = null;
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            var file = Directory.EnumerateFiles(dir, id + ".*.json").Concat(Directory.EnumerateFiles(dir, id + ".json")).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
            if (file is null) continue;
            try { rules = RuleSet.Load(file); }
            catch (FormatException e) { throw new FormatException($"{file}: {e.Message}", e); }
        }
        rules ??= RuleSet.Empty(id);

        var disabled = detector.SupportedRules.Where(r => !settings.IsRuleEnabled(r.Id, r.IsEnabledByDefault)).Select(r => r.Id)
            .Concat(rules.Rules.Keys.Where(r => settings.GetBool(r + ".enabled") == false));
        return rules.WithDisabled(disabled);
    }
}
