using RuleEngine.Engine.Hosting;
using RuleEngine.Reports;

namespace RuleEngine.Cli.Output;

/// <summary>Builds the report context (variables and rules of the run) from the detector catalog.</summary>
public static class Contexts
{
    public static string ToolVersion => typeof(Contexts).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static ReportContext From(DetectorCatalog catalog)
    {
        var enabled = catalog.Entries.Where(e => e.Enabled).Select(e => e.Detector).ToList();
        return new ReportContext(enabled.Select(d => d.Variable).ToList(), enabled.SelectMany(d => d.SupportedRules).ToList(), ToolVersion);
    }
}
