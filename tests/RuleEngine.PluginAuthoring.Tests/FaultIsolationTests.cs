using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Hosting;
using RuleEngine.Pdf;
using RuleEngine.TestSupport;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// Plugins that throw, overrun their budget or quote text that is not in the paper, loaded from a plugin folder
/// as <c>--plugins</c> loads them: each fault becomes an engine diagnostic, and the other verdicts still come out.
/// </summary>
public sealed class FaultIsolationTests
{
    private static readonly Lazy<Engine.Reporting.PaperReport> Report = new(() =>
    {
        var settings = new EngineSettings { RuleDirectories = [RepoPaths.Rules] }
            .With([new("engine.detector_budget_ms", "8000"), new("engine.paper_budget_ms", "600000")]); // generous for RV0100 on a loaded machine; RV0992 sleeps 10 s
        var services = new ServiceCollection();
        services.AddRuleEngine(settings, [BuildOutput.FaultyPlugin, BuildOutput.RandomSeeds]);
        services.AddSingleton<ILayoutReader>(_ => new PdfLayoutReader());
        using var provider = services.BuildServiceProvider();
        var analyzer = provider.GetRequiredService<PaperAnalyzer>();
        Assert.Empty(analyzer.Catalog.LoadErrors);
        Assert.Equal(new[] { "RV0100", "RV0991", "RV0992", "RV0993" }, analyzer.Catalog.Entries.Select(e => e.Detector.Variable.Id).Order());
        return analyzer.AnalyzeFile(BuildOutput.SamplePaper);
    });

    private static string Diagnostics => string.Join("; ", Report.Value.Diagnostics.Select(d => $"{d.Id} {d.Message}"));

    [Fact]
    public void A_plugin_that_throws_becomes_RE0001_and_the_run_goes_on()
    {
        Assert.Contains(Report.Value.Diagnostics, d => d.Id == EngineDiagnosticIds.DetectorThrew && d.Message.Contains("RV0991", StringComparison.Ordinal)
            && d.Message.Contains("deliberate failure", StringComparison.Ordinal));
        Assert.DoesNotContain(Report.Value.Variables, v => v.Id == "RV0991");
        Assert.True(Report.Value.Variables.Any(v => v.Id == "RV0100"), "RandomSeeds has no verdict: " + Diagnostics);
    }

    [Fact]
    public void A_plugin_past_its_budget_becomes_RE0002_and_the_run_goes_on()
    {
        Assert.Contains(Report.Value.Diagnostics, d => d.Id == EngineDiagnosticIds.DetectorTimedOut && d.Message.Contains("RV0992", StringComparison.Ordinal));
        Assert.DoesNotContain(Report.Value.Variables, v => v.Id == "RV0992");
        Assert.True(Report.Value.Variables.Any(v => v.Id == "RV0100"), "RandomSeeds has no verdict: " + Diagnostics);
    }

    [Fact]
    public void Evidence_not_in_the_paper_is_dropped_as_RE0004_and_the_verdict_kept()
    {
        Assert.Contains(Report.Value.Diagnostics, d => d.Id == EngineDiagnosticIds.EvidenceNotFound && d.Message.Contains("RV0993", StringComparison.Ordinal));
        var fabricated = Assert.Single(Report.Value.Variables, v => v.Id == "RV0993");
        Assert.Empty(fabricated.Evidence);
        Assert.False(Report.Value.Failed);
    }
}
