using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// RV0006.split-counts: per-split sizes — a split noun with a count of data attached ("60,000 training and
/// 10,000 test images", "a test set of 500 points", "101966 pairs are used for training"), from the
/// split-statement construction or the rule file's patterns. A count of a unit ("10 iterations for
/// training") or a label's number ("Lemma 14 … the training data") is not a size.
/// </summary>
internal sealed partial class SplitCountsRule(RuleSet rules, SplitStatement statement)
{
    public const string Id = "RV0006.split-counts";

    private readonly SentencePattern _pattern = new(rules, Id, 0.9);
    private readonly bool _usePatterns = rules.Setting("splitCountsPatterns", 1) > 0;
    private readonly IReadOnlySet<string> _units = rules.LexiconWords("unitWords");
    private readonly IReadOnlySet<string> _dataNouns = rules.LexiconWords("dataNouns");
    private readonly IReadOnlySet<string> _glue = rules.LexiconWords("glueWords");
    private readonly Regex _splitNouns = rules.LexiconPattern("splitNouns");

    public SplitFinding? Inspect(Sentence sentence, SentencePieces pieces)
    {
        if (!_pattern.IsEnabled || !(pieces.Has(PieceKind.Number) || pieces.Has(PieceKind.CountList))) return null;
        if (statement.Counts(sentence, pieces) is { } span)
            return new SplitFinding(_pattern.Weight, Evidence.FromMatch(sentence, span.Start, span.End - span.Start, Id), sentence.Text[span.Start..span.End]);
        if (!_usePatterns || _pattern.Match(sentence.Text) is not { } m) return null;
        // A training size alone, with no other split in the sentence, is the data's size, not its partition.
        if (!statement.NamesOtherSplit(sentence.Text)) return null;
        // A pattern hit holds only when one of its numbers is a count of data, not a label or a unit.
        var counted = pieces.All.Any(p => p.Kind == PieceKind.Number && p.Start >= m.Index && p.End <= m.Index + m.Length && CountsData(pieces, p));
        return counted ? _pattern.Inspect(sentence) : null;
    }

    /// <summary>
    /// Whether a number counts data: the words after it are data nouns or glue ("1,000 positive reviews"), or
    /// split nouns heading a data noun ("2032 training/testing pairs") — not a unit, not a name ("1K SSGP").
    /// </summary>
    private bool CountsData(SentencePieces pieces, Piece number)
    {
        var next = pieces.WordsBetween(number.End, Math.Min(pieces.Text.Length, number.End + 60)).Take(4).Select(w => w.ToLowerInvariant()).ToList();
        if (next.Count == 0 || _units.Contains(next[0])) return false;
        if (_dataNouns.Contains(next[0])) return true;
        // "20 random initial configurations": read past glue to the counted noun.
        var content = next.FirstOrDefault(w => !_glue.Contains(w) && w is not ("initial" or "different" or "independent"));
        // "a test set of 12 DAGs": what a split set is "of" is its data, whatever the noun — unless it is a unit.
        if (content is not null && !_units.Contains(content) && SetOf().IsMatch(pieces.Text.AsSpan(0, number.Start))) return true;
        if (content is null || _units.Contains(content)) return _glue.Contains(next[0]) && content is null;
        if (_glue.Contains(next[0])) return true;
        return _splitNouns.IsMatch(next[0]) && next.Skip(1).Any(w => _dataNouns.Contains(w) || w is "set" or "sets" or "split" or "splits");
    }

    [GeneratedRegex(@"\b(?:training|train|test|testing|validation|dev|development|held[- ]out|hold[- ]out)\s+(?:set|split|subset)\s+of\s+(?:size\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetOf();
}
