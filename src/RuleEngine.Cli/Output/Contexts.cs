using RuleEngine.Engine.Hosting;
using RuleEngine.Reports;

namespace RuleEngine.Cli.Output;

/// <summary>Builds the report context (variables and rules of the run) from the detector catalog.</summary>
public static class Contexts
{
    public static string ToolVersion => typeof(Contexts).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The built-in variables and rules, without building an engine (for pages written from a results file).</summary>
    public static ReportContext BuiltIn()
    {
        var detectors = Infrastructure.BuiltInDetectors.Types.Select(t => (RuleEngine.Sdk.VariableDetector)Activator.CreateInstance(t)!).ToList();
        return new ReportContext(detectors.Select(d => d.Variable).ToList(), detectors.SelectMany(d => d.SupportedRules).ToList(), ToolVersion);
    }

    public static ReportContext From(DetectorCatalog catalog)
    {
        var enabled = catalog.Entries.Where(e => e.Enabled).Select(e => e.Detector).ToList();
        return new ReportContext(enabled.Select(d => d.Variable).ToList(), enabled.SelectMany(d => d.SupportedRules).ToList(), ToolVersion);
    }
}
