using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Plugins;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>
/// RV0100 on ten hand-checked corpus papers (corpus-papers.tsv), run as the engine runs an out-of-tree
/// plugin: loaded by <see cref="PluginDirectoryLoader"/> from the plugin's own build output, with the rule
/// file found beside the assembly, through the real PDF reader and document builder.
/// </summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Right_on_at_least_nine_of_ten_hand_checked_papers()
    {
        var pluginDir = PluginBuildOutput.Of("RuleEngine.Plugins.RandomSeeds");
        var loaded = PluginDirectoryLoader.Load(pluginDir);
        Assert.All(loaded, r => Assert.Null(r.Error));
        var detector = Assert.Single(loaded.SelectMany(r => r.Detectors));
        Assert.Equal("RV0100", detector.Variable.Id);
        Assert.NotEqual(typeof(RandomSeedsDetector), detector.GetType()); // its own load context, not the test's copy
        Assert.StartsWith(pluginDir, detector.GetType().Assembly.Location, StringComparison.Ordinal);

        var rules = new RuleSetLoader(new EngineSettings()).Load(detector); // no rule directories: beside the assembly only
        Assert.True(rules.Rules.ContainsKey("RV0100.seed-value"), "RV0100.random-seeds.json was not found beside the plugin");
        var analyzer = new DocumentAnalyzer([DetectorRegistration.Initialize(detector, rules, pluginDir)], TimeSpan.FromSeconds(30));

        var papers = HandCheckedPapers.Load(Path.Combine(AppContext.BaseDirectory, "corpus-papers.tsv"));
        Assert.Equal(10, papers.Count);
        var right = 0;
        foreach (var paper in papers)
        {
            var analysis = analyzer.Analyze(CorpusDocuments.Load(paper.Id));
            foreach (var d in analysis.Diagnostics) output.WriteLine($"{paper.Id}: {d.Id} {d.Message}");
            var result = analysis.Variables.SingleOrDefault();
            var verdict = result?.Verdict ?? "(none)";
            if (verdict == paper.Verdict) right++;
            output.WriteLine($"{(verdict == paper.Verdict ? "ok  " : "MISS")} {paper.Id}: expected {paper.Verdict}, got {verdict} ({result?.Confidence:0.00}) — {result?.Rationale}");
            foreach (var e in result?.Evidence ?? []) output.WriteLine($"       p{e.Page} {e.Rule}: \"{e.Quote}\"");
        }
        Assert.True(right >= 9, $"right on {right} of {papers.Count} papers (see the test output)");
    }
}
