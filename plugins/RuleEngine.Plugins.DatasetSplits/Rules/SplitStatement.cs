using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// The split-statement construction shared by RV0006.split-ratio and RV0006.split-counts: split nouns with
/// attached quantities (<see cref="SplitQuantityFinder"/>), or a ratio list beside a split word. One split
/// noun with a proportion or a count is enough ("held out 20% for testing", "a test set of 500 images");
/// nouns such as "evaluation" or "development" count only beside another split. Also: sizes listed against split
/// names slash for slash, and a partition told as a whole ("… (80% and 20%, respectively)").
/// </summary>
internal sealed class SplitStatement(RuleSet rules)
{
    private readonly SplitQuantityFinder _finder = new(rules);
    private readonly Regex _splitWord = rules.LexiconPattern("splitWords");
    private readonly Regex _splitNoun = rules.LexiconPattern("splitNouns");
    private readonly Regex _pairedNoun = rules.LexiconPattern("pairedSplitNouns");
    private readonly IReadOnlySet<string> _units = rules.LexiconWords("unitWords");
    private readonly IReadOnlySet<string> _metrics = rules.LexiconWords("metricWords");
    private readonly Regex? _nounList = rules.ExtraPattern(SplitCountsRule.Id, "splitNounListPatterns");
    private readonly Regex? _complement = rules.ExtraPattern(SplitCountsRule.Id, "complementPatterns");
    private readonly Regex? _partition = rules.ExtraPattern(SplitRatioRule.Id, "partitionPatterns");

    /// <summary>The proportion statement of a sentence, if any: (start, end) of the evidence in the sentence text.</summary>
    public (int Start, int End)? Proportion(Sentence sentence, SentencePieces pieces)
    {
        if (!pieces.HasProportion) return null;
        var attached = Attached(sentence, pieces);
        var proportions = attached.Where(a => a.Quantity.IsProportion).ToList();
        if (proportions.Count > 0) return (proportions.Min(a => a.Start), proportions.Max(a => a.End));
        foreach (var ratio in pieces.OfKind(PieceKind.RatioList))
        {
            // "a 0.75/0.05/0.2 partition", "split 8:2 into training and test", "by a ratio of 8/2"
            var window = sentence.Text[Math.Max(0, ratio.Start - 60)..Math.Min(sentence.Text.Length, ratio.End + 60)];
            if (_splitWord.IsMatch(window)) return (ratio.Start, ratio.End);
        }
        return PartitionSentence(sentence.Text, pieces);
    }

    /// <summary>
    /// A partition told as a whole: a partition verb or "respectively", two different split nouns, and a share that
    /// is no metric's — "split in two parts, one for fitting and one for validation (80% 20%, respectively)", "split
    /// into training and testing portions, with 50% of the words assigned to each".
    /// </summary>
    private (int Start, int End)? PartitionSentence(string text, SentencePieces pieces)
    {
        if (_partition is null || !_partition.IsMatch(text)) return null;
        var nouns = _splitNoun.Matches(text);
        var kinds = nouns.Select(m => SplitKind(m.Value)).Concat(_pairedNoun.Matches(text).Select(_ => "paired")).Distinct().Count();
        if (kinds < 2) return null;
        foreach (var share in pieces.All.Where(p => p.IsProportion))
        {
            if (share.Kind != PieceKind.RatioList && (share.Value <= 0 || share.Value >= 1)) continue;
            var before = pieces.WordsBetween(Math.Max(0, share.Start - 40), share.Start).TakeLast(3).Select(w => w.ToLowerInvariant());
            var after = pieces.WordsBetween(share.End, Math.Min(text.Length, share.End + 40)).Take(2).Select(w => w.ToLowerInvariant());
            if (before.Concat(after).Any(w => _metrics.Contains(w) || _units.Contains(w) || w is "confidence" or "significance" or "quantile" or "percentile")) continue;
            // The statement is the whole sentence: the shares are read against the split nouns it lists.
            return (0, text.TrimEnd().TrimEnd('.').Length);
        }
        return null;
    }

    /// <summary>Whether the sentence names a split other than training (test, validation, held-out, development …).</summary>
    public bool NamesOtherSplit(string text) => NamesSplitOtherThan(text, "train") || _pairedNoun.IsMatch(text);

    /// <summary>Whether the sentence names a split of another kind than <paramref name="kind"/> ("train", "test", "val", "held").</summary>
    private bool NamesSplitOtherThan(string text, string kind) =>
        _splitNoun.Matches(text).Any(m => SplitKind(m.Value) != kind);

    private static string SplitKind(string noun)
    {
        var n = noun.ToLowerInvariant();
        return n.Contains("test", StringComparison.Ordinal) ? "test"
            : n.StartsWith("train", StringComparison.Ordinal) ? "train"
            : n.StartsWith("val", StringComparison.Ordinal) ? "val"
            : "held";
    }

    /// <summary>The count statement of a sentence, if any.</summary>
    public (int Start, int End)? Counts(Sentence sentence, SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.Number) && !pieces.Has(PieceKind.CountList)) return null;
        var counts = Attached(sentence, pieces).Where(a => a.Quantity.Kind == PieceKind.Number).ToList();
        // "50,000 training points" alone sizes the data, not its partition: a count needs a split besides training.
        if (counts.Count > 0 && counts.All(a => SplitKind(a.SplitNoun.Value) == "train") && !NamesOtherSplit(sentence.Text)) counts.Clear();
        return counts.Count > 0 ? (counts.Min(a => a.Start), counts.Max(a => a.End)) : AlignedCounts(sentence.Text, pieces) ?? RespectiveCounts(sentence.Text, pieces);
    }

    /// <summary>
    /// Sizes given "respectively" for two or more named splits: "five pairs of training and test sets, respectively
    /// consisting of 300 and 5,000 samples", "the training and test sets hold 8,000 and 2,000 images, respectively".
    /// </summary>
    private (int Start, int End)? RespectiveCounts(string text, SentencePieces pieces)
    {
        if (!text.Contains("respectively", StringComparison.OrdinalIgnoreCase)) return null;
        var kinds = _splitNoun.Matches(text).Select(m => SplitKind(m.Value)).Concat(_pairedNoun.Matches(text).Select(_ => "paired")).Distinct().Count();
        if (kinds < 2) return null;
        var counts = pieces.OfKind(PieceKind.Number).Where(p => p.Value >= 2 && !(p.Value is >= 1900 and <= 2100)
            && !_units.Contains(pieces.WordAfter(p.End).ToLowerInvariant()) && !_metrics.Contains(pieces.WordAfter(p.End).ToLowerInvariant())).ToList();
        if (counts.Count < 2) return null;
        return (0, text.TrimEnd().TrimEnd('.').Length);
    }

    /// <summary>
    /// Sizes listed against split names, slash for slash: "141,397/46,769/84,968 examples in the training/validation/test
    /// sets", "the train/test sets hold 40,000/10,000 queries" — in one clause.
    /// </summary>
    private (int Start, int End)? AlignedCounts(string text, SentencePieces pieces)
    {
        if (_nounList is null || !pieces.Has(PieceKind.CountList)) return null;
        foreach (var list in pieces.OfKind(PieceKind.CountList))
        {
            foreach (Match names in _nounList.Matches(text))
            {
                var (start, end) = names.Index < list.Start ? (names.Index, list.End) : (list.Start, names.Index + names.Length);
                var between = names.Index < list.Start ? text[(names.Index + names.Length)..list.Start] : text[list.End..names.Index];
                if (between.Length <= 80 && between.IndexOfAny([';', ':']) < 0 && !between.Contains(". ", StringComparison.Ordinal))
                    return (start, end);
            }
        }
        return null;
    }

    private List<SplitQuantity> Attached(Sentence sentence, SentencePieces pieces)
    {
        var all = _finder.Find(sentence.Text, pieces);
        var strong = all.Count(a => !a.IsPairedNoun && !a.IsLoose);
        var distinct = all.Select(a => a.SplitNoun.Index).Distinct().Count();
        // A loose count ("54 individuals for testing", "the first 80 interventions form the training set") holds beside another
        // split, counted or named ("… and the last 20 form the test set"), or a complement ("the rest for training").
        if (strong >= 1 || distinct >= 2) return all;
        if (all.Count == 1 && all[0].IsLoose && (_complement.Hits(sentence.Text) || NamesSplitOtherThan(sentence.Text, SplitKind(all[0].SplitNoun.Value)))) return all;
        return [];
    }
}
