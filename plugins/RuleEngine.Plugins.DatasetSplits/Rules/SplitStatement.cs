using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// The split-statement construction shared by RV0006.split-ratio and RV0006.split-counts: split nouns with
/// attached quantities (<see cref="SplitQuantityFinder"/>), or a ratio list beside a split word. One split
/// noun with a proportion or a count is enough ("held out 20% for testing", "a test set of 500 images");
/// nouns such as "evaluation" or "development" count only beside another split.
/// </summary>
internal sealed class SplitStatement(RuleSet rules)
{
    private readonly SplitQuantityFinder _finder = new(rules);
    private readonly System.Text.RegularExpressions.Regex _splitWord = rules.LexiconPattern("splitWords");

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
        return null;
    }

    /// <summary>The count statement of a sentence, if any.</summary>
    public (int Start, int End)? Counts(Sentence sentence, SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.Number)) return null;
        var counts = Attached(sentence, pieces).Where(a => a.Quantity.Kind == PieceKind.Number).ToList();
        return counts.Count > 0 ? (counts.Min(a => a.Start), counts.Max(a => a.End)) : null;
    }

    private List<SplitQuantity> Attached(Sentence sentence, SentencePieces pieces)
    {
        var all = _finder.Find(sentence.Text, pieces);
        var strong = all.Count(a => !a.IsPairedNoun);
        return strong >= 1 || all.Count >= 2 ? all : [];
    }
}
