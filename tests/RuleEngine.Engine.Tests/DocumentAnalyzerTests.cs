using RuleEngine.Document.Building;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Tests;

public sealed class DocumentAnalyzerTests
{
    private const string Paper = """
        A Paper
        1 Introduction
        We study things. Our code is on GitHub at https://github.com/a/b.
        2 Experiments
        We ran experiments and report results.
        """;

    private static DocumentAnalysis Analyze(EngineSettings? settings = null, TimeSpan? budget = null, params VariableDetector[] detectors)
    {
        settings ??= new EngineSettings();
        var loader = new RuleSetLoader(settings);
        var registrations = detectors.Select(d => DetectorRegistration.Initialize(d, loader.Load(d), "test")).ToList();
        return new DocumentAnalyzer(registrations, budget ?? TimeSpan.FromSeconds(10)).Analyze(PaperDocumentBuilder.FromText(Paper));
    }

    [Fact]
    public void A_detector_that_throws_becomes_RE0001_and_the_others_still_report()
    {
        var analysis = Analyze(null, null, new ThrowingDetector(), new MentionDetector());

        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal(EngineDiagnosticIds.DetectorThrew, diagnostic.Id);
        Assert.Contains("RV9002", diagnostic.Message);
        Assert.Contains("boom", diagnostic.Message);
        var result = Assert.Single(analysis.Variables);
        Assert.Equal("RV9001", result.Id);
        Assert.Equal(Verdicts.Yes, result.Verdict);
    }

    [Fact]
    public void A_detector_over_its_budget_becomes_RE0002()
    {
        var analysis = Analyze(null, TimeSpan.FromMilliseconds(20), new SlowDetector(), new MentionDetector());

        Assert.Contains(analysis.Diagnostics, d => d.Id == EngineDiagnosticIds.DetectorTimedOut && d.Message.Contains("RV9005"));
        Assert.DoesNotContain(analysis.Variables, v => v.Id == "RV9005");
        Assert.Contains(analysis.Variables, v => v.Id == "RV9001");
    }

    [Fact]
    public void A_verdict_outside_the_allowed_values_is_refused_with_RE0003()
    {
        var analysis = Analyze(null, null, new InvalidVerdictDetector());

        Assert.Empty(analysis.Variables);
        Assert.Equal(EngineDiagnosticIds.InvalidVerdict, Assert.Single(analysis.Diagnostics).Id);
    }

    [Fact]
    public void Evidence_not_found_in_the_text_is_dropped_with_RE0004()
    {
        var analysis = Analyze(null, null, new InventingDetector());

        Assert.Empty(Assert.Single(analysis.Variables).Evidence);
        Assert.Equal(EngineDiagnosticIds.EvidenceNotFound, Assert.Single(analysis.Diagnostics).Id);
    }

    [Fact]
    public void Evidence_is_verbatim_with_page_and_rule()
    {
        var result = Assert.Single(Analyze(null, null, new MentionDetector()).Variables);

        var evidence = Assert.Single(result.Evidence);
        Assert.Contains("GitHub", evidence.Quote);
        Assert.Equal(1, evidence.Page);
        Assert.Equal("RV9001.mention", evidence.Rule);
    }

    [Fact]
    public void A_rule_disabled_in_configuration_contributes_nothing()
    {
        var settings = new EngineSettings().With([new("RV9001.mention.enabled", "false")]);

        var result = Assert.Single(Analyze(settings, null, new MentionDetector()).Variables);

        Assert.Equal(Verdicts.No, result.Verdict);
        Assert.Empty(result.Evidence);
    }
}
