using System.Globalization;
using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.RandomSeeds.Rules;

/// <summary>
/// RV0100.repeated-runs: how many seeds, runs, restarts or independent trials results are aggregated over
/// ("averaged over 5 runs", "10 random restarts", "mean ± std over 3 seeds", "five independent trials").
/// A count written in digits must lie between 2 and the <c>maxRuns</c> setting (a "1 runs" or a year is no count).
/// </summary>
internal sealed class RepeatedRunsRule(RuleSet rules) : SentencePatternRule(rules, RandomSeedsDescriptors.RepeatedRuns, defaultWeight: 0.9)
{
    private readonly double _maxRuns = rules.Setting("maxRuns", 10_000);

    protected override bool Accept(Match match)
    {
        var count = match.Groups["count"];
        if (!count.Success || !int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return true;
        return n >= 2 && n <= _maxRuns;
    }
}
