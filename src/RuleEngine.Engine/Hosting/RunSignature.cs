using System.Security.Cryptography;
using System.Text;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Engine.Hosting;

/// <summary>
/// Fingerprint of what decides a verdict: the engine version, each enabled detector's assembly (its
/// module version id changes with every build), the rule files and the effective configuration. Two runs
/// with the same signature give the same report for the same PDF, so a resumed run can skip the paper.
/// </summary>
public static class RunSignature
{
    public static string EngineVersion => typeof(RunSignature).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static EngineStamp Compute(DetectorCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("engine=").AppendLine(EngineVersion);
        foreach (var entry in catalog.Entries.Where(e => e.Enabled).OrderBy(e => e.Detector.Variable.Id, StringComparer.Ordinal))
        {
            var assembly = entry.Detector.GetType().Assembly;
            sb.Append("detector=").Append(entry.Detector.Variable.Id).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).AppendLine();
        }
        foreach (var dir in catalog.Settings.RuleDirectories.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
                sb.Append("rules=").Append(Path.GetFileName(file)).Append(' ').AppendLine(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
        foreach (var (key, value) in catalog.Settings.Values.OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase))
            sb.Append("config=").Append(key.ToLowerInvariant()).Append('=').AppendLine(value);
        foreach (var only in catalog.Settings.OnlyVariables.Order(StringComparer.OrdinalIgnoreCase))
            sb.Append("only=").AppendLine(only);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
        return new EngineStamp(EngineVersion, hash[..16]);
    }
}
