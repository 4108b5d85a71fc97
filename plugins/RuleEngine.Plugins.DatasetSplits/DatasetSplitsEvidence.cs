using System.Text.RegularExpressions;
using RuleEngine.Plugins.DatasetSplits.Rules;
using RuleEngine.Plugins.DatasetSplits.Text;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits;

/// <summary>The compiled rules of RV0006, built once per detector from the rule file.</summary>
internal sealed class DatasetSplitsRules
{
    public DatasetSplitsRules(RuleSet rules)
    {
        // One split-statement construction serves both rules that read it.
        var statement = new SplitStatement(rules);
        SplitRatio = new(rules, statement);
        SplitCounts = new(rules, statement);
        CrossValidation = new(rules);
        StandardSplit = new(rules);
        TemporalSplit = new(rules);
        SplitTable = new(rules);
        GroupSplit = new(rules);
        YesThreshold = rules.Setting("yesThreshold", 0.5);
    }

    public SplitRatioRule SplitRatio { get; }
    public SplitCountsRule SplitCounts { get; }
    public CrossValidationRule CrossValidation { get; }
    public StandardSplitRule StandardSplit { get; }
    public TemporalSplitRule TemporalSplit { get; }
    public SplitTableRule SplitTable { get; }
    public GroupSplitRule GroupSplit { get; }
    public double YesThreshold { get; }
}

/// <summary>Per-paper state of the RV0006 detector: collects findings during the walk, decides at the end.</summary>
internal sealed partial class DatasetSplitsEvidence(PaperDocument document, DatasetSplitsRules rules)
{
    private readonly PaperRegions _regions = PaperRegions.Of(document);
    private readonly List<SplitFinding> _findings = [];
    private int _splitMentions;

    public void OnSentence(Sentence sentence)
    {
        if (_regions.IsExcluded(sentence)) return;
        if (!Prefilter().IsMatch(sentence.Text)) return;
        if (SplitWord().IsMatch(sentence.Text)) _splitMentions++;
        // Introduction, related work and background describe others' setups; there only the authors' own voice counts.
        if (document.IsFraming(sentence) && !Words.IsFirstPerson(sentence.Text)) return;
        var pieces = document.PiecesOf(sentence);
        Add(rules.SplitRatio.Inspect(sentence, pieces));
        Add(rules.SplitCounts.Inspect(sentence, pieces));
        Add(rules.CrossValidation.Inspect(sentence));
        Add(rules.StandardSplit.Inspect(sentence, pieces));
        Add(rules.TemporalSplit.Inspect(sentence));
        Add(rules.GroupSplit.Inspect(sentence));
    }

    public void OnFloat(DocumentFloat table)
    {
        if (_regions.IsExcluded(table.Span.Start)) return;
        Add(rules.SplitTable.Inspect(table, document));
    }

    public DetectorVerdict Decide()
    {
        var ranked = _findings.OrderByDescending(f => f.Score).ToList();
        var best = ranked.FirstOrDefault();
        if (best is not null && best.Score >= rules.YesThreshold)
        {
            var evidence = new List<Evidence>();
            var what = new List<string>();
            foreach (var f in ranked)
            {
                if (f.Score < rules.YesThreshold || evidence.Count >= 3) break;
                if (evidence.Exists(e => e.Span is { } s && f.Evidence.Span is { } t && s.OverlapsWith(t))) continue;
                evidence.Add(f.Evidence);
                what.Add($"{f.Evidence.Rule[7..]}: {(f.What.Length > 50 ? f.What[..50] + "…" : f.What)}");
            }
            var confidence = Math.Min(0.97, best.Score + (evidence.Count >= 3 ? 0.03 : 0));
            return DetectorVerdict.Of(Verdicts.Yes, confidence, string.Join("; ", what), evidence);
        }
        var looked = "no split percentages or per-split counts, no k-fold/leave-one-out cross-validation, no cited predefined or named benchmark split, no temporal split";
        return _splitMentions > 0
            ? DetectorVerdict.Of(Verdicts.No, 0.72, looked + " (train/test sets are mentioned without a reproducible partition)")
            : DetectorVerdict.Of(Verdicts.No, 0.9, looked);
    }

    private void Add(SplitFinding? finding)
    {
        if (finding is not null) _findings.Add(finding);
    }

    [GeneratedRegex(@"train|test|valid|\bdev|\bevaluation\b|\bquery\b|folds?\b|protocol|split|partition|held|hold|chronolog|leave|LOO|seed|time|days?\b|weeks?\b|months?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefilter();

    [GeneratedRegex(@"\b(?:training|test|testing|validation|dev|held[- ]out)\s+(?:set|split|data)|\bsplits?\b|\bcross[- ]validation\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SplitWord();
}
