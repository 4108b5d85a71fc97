using RuleEngine.Plugins.RandomSeeds.Rules;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.RandomSeeds;

/// <summary>
/// Per-paper state of RV0100: the findings of every rule over the paper's own text (references,
/// acknowledgements and checklists are skipped), and the verdict decided from them at document end.
/// </summary>
internal sealed class RandomSeedsEvidence(PaperDocument document, RuleSet rules)
{
    private readonly SentencePatternRule[] _rules = [new SeedValueRule(rules), new RepeatedRunsRule(rules)];
    private readonly List<SeedFinding> _findings = [];

    public void OnSentence(Sentence sentence)
    {
        if (document.SectionOf(sentence) is { IsBackMatter: true }) return;
        foreach (var rule in _rules)
        {
            if (rule.Inspect(sentence) is { } finding) _findings.Add(finding);
        }
    }

    public DetectorVerdict Decide()
    {
        if (_findings.Count == 0)
        {
            return DetectorVerdict.Of(Verdicts.No, rules.Setting("noConfidence", 0.8),
                "no random-seed value and no number of seeds, runs, restarts or independent trials found in the paper's own text");
        }
        // The first finding of each rule, then the others in document order: at most three quotes.
        var firsts = _findings.GroupBy(f => f.Evidence.Rule).Select(g => g.First()).OrderByDescending(f => f.Weight).ToList();
        var evidence = firsts.Concat(_findings.Except(firsts))
            .Select(f => f.Evidence)
            .Take((int)rules.Setting("maxQuotes", 3))
            .ToList();
        var rulesFired = _findings.Select(f => f.Evidence.Rule).Distinct().Count();
        var confidence = Math.Min(0.99, _findings.Max(f => f.Weight) + (rulesFired > 1 ? rules.Setting("bothRulesBonus", 0.03) : 0));
        var what = string.Join(" and ", _findings.Select(f => f.Evidence.Rule).Distinct().Select(Describe));
        return DetectorVerdict.Of(Verdicts.Yes, confidence, $"the paper reports {what}", evidence);
    }

    private static string Describe(string ruleId) =>
        ruleId == RandomSeedsDescriptors.SeedValue.Id ? "a random-seed value" : "the number of seeds/runs its results are aggregated over";
}
