using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>A quantity attached to a split noun: "training (80%)", "5,000 test images", "20% of the data for testing".</summary>
/// <param name="SplitNoun">Where the split noun lies in the sentence.</param>
/// <param name="Quantity">The attached piece.</param>
/// <param name="IsPairedNoun">Whether the noun counts only beside another split ("evaluation", "development", "query").</param>
/// <param name="IsLoose">Whether the count is of a noun outside the data vocabulary ("54 individuals for testing", "93 stores
/// for training"): such a count holds only beside another split or a complement ("the rest for training").</param>
internal readonly record struct SplitQuantity(Capture SplitNoun, Piece Quantity, bool IsPairedNoun, bool IsLoose = false)
{
    public int Start => Math.Min(SplitNoun.Index, Quantity.Start);
    public int End => Math.Max(SplitNoun.Index + SplitNoun.Length, Quantity.End);
}

/// <summary>
/// The construction behind a split statement, over the SDK's pieces: a split noun (train, validation, test,
/// held-out …) with a quantity attached before or after it, where only glue words stand between them
/// ("of", "for", "set", "data", "(" …) and at most a few of them. A unit word between or after a count
/// ("10 iterations for training"), a metric word ("test accuracy (95%)") or a numbered label
/// ("Lemma 14 Suppose the training data") breaks the attachment. The vocabularies are rule data.
/// </summary>
internal sealed class SplitQuantityFinder(RuleSet rules)
{
    private readonly Regex _splitNoun = rules.LexiconPattern("splitNouns");
    private readonly Regex _pairedNoun = rules.LexiconPattern("pairedSplitNouns");
    private readonly IReadOnlySet<string> _glue = rules.LexiconWords("glueWords");
    private readonly IReadOnlySet<string> _units = rules.LexiconWords("unitWords");
    private readonly IReadOnlySet<string> _metrics = rules.LexiconWords("metricWords");
    private readonly IReadOnlySet<string> _dataNouns = rules.LexiconWords("dataNouns");
    private readonly IReadOnlySet<string> _splitHeads = rules.LexiconWords("splitHeads");
    private readonly IReadOnlySet<string> _notAfterNoun = rules.LexiconWords("notAfterSplitNoun");
    private readonly IReadOnlySet<string> _designWords = rules.LexiconWords("testDesignWords");
    private readonly IReadOnlySet<string> _membershipVerbs = rules.LexiconWords("membershipVerbs");
    private readonly int _maxGap = (int)rules.Setting("attachMaxWords", 4);

    /// <summary>Whether the sentence can hold a split statement at all: a split noun and a quantity.</summary>
    public bool IsCandidate(string text, SentencePieces pieces) =>
        (pieces.HasProportion || pieces.Has(PieceKind.Number)) && (_splitNoun.IsMatch(text) || _pairedNoun.IsMatch(text));

    /// <summary>Every split noun of the sentence with its attached quantity.</summary>
    public List<SplitQuantity> Find(string text, SentencePieces pieces)
    {
        var found = new List<SplitQuantity>();
        if (!IsCandidate(text, pieces)) return found;
        var quantities = pieces.All.Where(p => p.IsQuantity).ToList();
        var nouns = _splitNoun.Matches(text).Select(m => (Noun: m, Paired: false))
            .Concat(_pairedNoun.Matches(text).Select(m => (Noun: m, Paired: true)));
        foreach (var (noun, paired) in nouns)
        {
            if (IsMetricContext(pieces, noun)) continue;
            Piece? best = null;
            var bestGap = int.MaxValue;
            var bestLoose = false;
            foreach (var q in quantities)
            {
                var gap = Gap(pieces, noun, q, out var loose);
                if (gap >= 0 && gap < bestGap) { best = q; bestGap = gap; bestLoose = loose; }
            }
            if (best is { } b) found.Add(new SplitQuantity(noun, b, paired, bestLoose));
        }
        return found;
    }

    /// <summary>Words between the noun and the quantity when they are attached, or -1.</summary>
    private int Gap(SentencePieces pieces, Match noun, Piece q, out bool loose)
    {
        loose = false;
        var nounEnd = noun.Index + noun.Length;
        bool after = q.Start >= nounEnd;
        if (!after && q.End > noun.Index) return -1;
        var words = after ? pieces.WordsBetween(nounEnd, q.Start) : pieces.WordsBetween(q.End, noun.Index);
        if (words.Count > _maxGap) return -1;
        var between = after ? pieces.Text[nounEnd..q.Start] : pieces.Text[q.End..noun.Index];
        if (between.Contains(';') || between.Contains('.') && between.TrimEnd().EndsWith('.')) return -1;
        // "the first 80 interventions form the training set": counted members that make up a split, beside another split.
        var member = !after && q.Kind == PieceKind.Number && IsMemberPhrase(words);
        if (member) loose = true;
        for (var i = 0; i < words.Count && !member; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (_units.Contains(lower) || _metrics.Contains(lower)) return -1;
            if (_dataNouns.Contains(lower) || _glue.Contains(lower)) continue;
            // "training set T1 had 55 000 samples": the symbol a split is named by, right after its head noun.
            if (after && i > 0 && _splitHeads.Contains(words[i - 1].ToLowerInvariant()) && IsSplitSymbol(words[i])) continue;
            // "54 individuals for testing": a plural noun right after a count, outside the data vocabulary.
            if (!after && i == 0 && q.Kind == PieceKind.Number && IsPluralNoun(words[i]) && words.Count >= 2
                && words[^1].ToLowerInvariant() is "for" or "as") { loose = true; continue; }
            return -1;
        }
        // "training 10% of the parameters": the proportion must not be of a unit.
        if (after && q.IsProportion && pieces.WordsBetween(q.End, Math.Min(pieces.Text.Length, q.End + 30)).Take(3).Any(w => _units.Contains(w.ToLowerInvariant())))
            return -1;
        // A share of 0% or 100% partitions nothing.
        if (q.Kind is PieceKind.Percentage or PieceKind.Fraction && (q.Value <= 0 || q.Value >= 1)) return -1;
        // "joint training of the nine tasks": a process over counted things, not the size of a split.
        if (after && words.Count > 0 && words[0].Equals("of", StringComparison.OrdinalIgnoreCase)
            && noun.Value.ToLowerInvariant() is "training" or "testing" or "train" or "test") return -1;
        var last = words.Count > 0 ? words[^1].ToLowerInvariant() : "";
        if (!after)
        {
            // "50% of the training data" is a share of a split, not a partition; "20% of the data for testing" is.
            if (last == "of" || (last is "the" or "a" && words.Count > 1 && words[^2].Equals("of", StringComparison.OrdinalIgnoreCase))) return -1;
            // The noun must head a data phrase ("test images", "training and 10,000 test") or close "for/as training".
            var following = pieces.WordAfter(nounEnd).ToLowerInvariant();
            if (_units.Contains(following) || _notAfterNoun.Contains(following)) return -1;
            if (last is not ("for" or "as" or "are" or "is" or "were" or "was") && !_dataNouns.Contains(following) && !_splitHeads.Contains(following)) return -1;
        }
        if (q.Kind == PieceKind.Number)
        {
            if (double.IsNaN(q.Value) || q.Value < 1) return -1;
            // "i = 1", "n ≤ 50": a variable's value, not a count of data.
            var lead = pieces.Text[..q.Start].TrimEnd();
            if (lead.Length > 0 && lead[^1] is '=' or '<' or '>' or '≤' or '≥' or '≈' or '^' or '_') return -1;
            // "two separate training sets": a count of sets, not a size.
            if (!after && !member && pieces.WordAfter(nounEnd).ToLowerInvariant() is "set" or "sets" or "splits" or "subsets" or "partitions" or "folds") return -1;
            // A count needs to count data: the word after it (or after the split noun) must not be a unit.
            var next = pieces.WordAfter(after ? q.End : nounEnd).ToLowerInvariant();
            if (_units.Contains(next) || _metrics.Contains(next)) return -1;
            if (after && !IsSizeWord(words) && !_dataNouns.Contains(next) && !IsRowHeader(pieces, noun)) return -1;
        }
        return words.Count;
    }

    /// <summary>
    /// Words between a count and a split noun that say the counted things make up the split: at most two modifiers,
    /// a plural noun, a membership verb ("form", "constitute", "make up") and glue — "interventions form the",
    /// "randomly drawn graphs constitute the".
    /// </summary>
    private bool IsMemberPhrase(IReadOnlyList<string> words)
    {
        var verb = -1;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var lower = words[i].ToLowerInvariant();
            if (_membershipVerbs.Contains(lower)) { verb = i; continue; }
            if (verb >= 0) break;
            if (!_glue.Contains(lower)) return false;
        }
        if (verb <= 0) return false;
        var firstVerb = verb;
        while (firstVerb > 0 && _membershipVerbs.Contains(words[firstVerb - 1].ToLowerInvariant())) firstVerb--;
        if (firstVerb == 0 || !IsPluralNoun(words[firstVerb - 1])) return false;
        var modifiers = 0;
        for (var i = 0; i < firstVerb - 1; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (_units.Contains(lower) || _metrics.Contains(lower)) return false;
            if (!_glue.Contains(lower) && ++modifiers > 2) return false;
        }
        return true;
    }

    private static bool IsPluralNoun(string word) =>
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && word.All(char.IsLower);

    /// <summary>A table row read as a sentence: "No. of train sessions 314,924 777,025", "Training sample size 400".</summary>
    private static bool IsRowHeader(SentencePieces pieces, Match noun)
    {
        var before = pieces.WordsBetween(0, noun.Index);
        return before.Count <= 3 && before.All(w => w.ToLowerInvariant() is "no" or "of" or "number" or "num" or "the" or "size");
    }

    private static bool IsSizeWord(IReadOnlyList<string> words) =>
        words.Any(w => w.Equals("size", StringComparison.OrdinalIgnoreCase) || w.Equals("contains", StringComparison.OrdinalIgnoreCase)
            || w.Equals("consists", StringComparison.OrdinalIgnoreCase) || w.Equals("containing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("comprises", StringComparison.OrdinalIgnoreCase) || w.Equals("comprising", StringComparison.OrdinalIgnoreCase)
            || w.Equals("includes", StringComparison.OrdinalIgnoreCase) || w.Equals("has", StringComparison.OrdinalIgnoreCase)
            || w.Equals("contained", StringComparison.OrdinalIgnoreCase) || w.Equals("consisted", StringComparison.OrdinalIgnoreCase)
            || w.Equals("comprised", StringComparison.OrdinalIgnoreCase) || w.Equals("included", StringComparison.OrdinalIgnoreCase));

    /// <summary>"test accuracy", "accuracy on the test set", "250 test functions", "10 test and 10 control": not a partition.</summary>
    private bool IsMetricContext(SentencePieces pieces, Match noun)
    {
        var before = pieces.WordsBetween(Math.Max(0, noun.Index - 40), noun.Index);
        for (var i = Math.Max(0, before.Count - 3); i < before.Count; i++)
            if (_metrics.Contains(before[i].ToLowerInvariant())) return true;
        var next = pieces.WordAfter(noun.Index + noun.Length).ToLowerInvariant();
        if (next is "set" or "sets" or "data" or "split" or "splits")
            next = pieces.WordAfter(pieces.Text.IndexOf(next, noun.Index + noun.Length, StringComparison.OrdinalIgnoreCase) + next.Length).ToLowerInvariant();
        if (_metrics.Contains(next) || _units.Contains(next) || _notAfterNoun.Contains(next)) return true;
        // "10 test and 10 control subjects": a test/control design, not a data split.
        return pieces.WordsBetween(noun.Index + noun.Length, Math.Min(pieces.Text.Length, noun.Index + noun.Length + 40)).Take(4)
            .Any(w => _designWords.Contains(w.ToLowerInvariant()));
    }

    /// <summary>A short mathematical name such as "T1", "D_tr", "S" or "𝒟": a capital or script letter with at most a short index.</summary>
    private static bool IsSplitSymbol(string word) =>
        word.Length is >= 1 and <= 5 && (char.IsUpper(word[0]) || char.IsSurrogate(word[0]) || word[0] is >= '\u0391' and <= '\u03A9')
        && (word.Length == 1 || word.Skip(1).Any(c => char.IsDigit(c) || c is '_' or '\'' or '\u2032'))
        && word.All(c => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is '_' or '\'' or '\u2032');
}
