using System.Diagnostics;
using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.HardwareSpecification.Tests;

/// <summary>Guards against slow patterns: every pattern of the rule file on every sentence of a few long corpus papers.</summary>
[Collection("Corpus")] // corpus tests share the on-disk layout cache: run them one at a time
public sealed class PatternTimingTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Patterns_AreFastOnLongPapers()
    {
        var rules = RuleSet.Load(Path.Combine(RepoPaths.Rules, "RV0007.hardware-specification.json"));
        var slowest = TimeSpan.Zero;
        foreach (var id in new[] { "amir2013cognitive", "bailey2026scaling" })
        {
            var doc = CorpusDocuments.Load(id);
            output.WriteLine($"{id}: {doc.Sentences.Count} sentences, longest {doc.Sentences.Max(s => s.Text.Length)} chars");
            foreach (var rule in rules.Rules.Values)
            {
                for (var i = 0; i < rule.Patterns.Count; i++)
                {
                    var regex = new Regex(rule.Patterns[i], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
                    var warm = Stopwatch.StartNew();
                    regex.IsMatch("warm-up sentence 1.0");
                    warm.Stop();
                    if (warm.Elapsed > TimeSpan.FromMilliseconds(20)) output.WriteLine($"  first match: {rule.Id}[{i}] {warm.Elapsed.TotalMilliseconds:0} ms");
                    var sw = Stopwatch.StartNew();
                    foreach (var s in doc.Sentences) regex.IsMatch(s.Text);
                    sw.Stop();
                    if (sw.Elapsed > TimeSpan.FromMilliseconds(20)) output.WriteLine($"  slow: {rule.Id}[{i}] {sw.Elapsed.TotalMilliseconds:0} ms");
                    if (sw.Elapsed > slowest) slowest = sw.Elapsed;
                }
            }
        }
        Assert.True(slowest < TimeSpan.FromMilliseconds(500), $"slowest pattern took {slowest.TotalMilliseconds:0} ms");
    }
}
