using RuleEngine.Sdk;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.ExperimentSetup.Rules;

/// <summary>
/// The vocabulary classes of the RV0009 constructions, read once from the rule file's lexicons
/// (lower-case single words): setting nouns, assignment verbs, connectors, result nouns, counted things.
/// </summary>
internal sealed class SetupVocabulary
{
    public SetupVocabulary(RuleSet rules)
    {
        SettingNouns = Set(rules, "settingNouns");
        AssignmentVerbs = Set(rules, "assignmentVerbs");
        Connectors = Set(rules, "valueConnectors");
        ResultNouns = Set(rules, "resultNouns");
        GridWords = Set(rules, "gridWords");
        LimitWords = Set(rules, "limitWords");
        RunNouns = Set(rules, "runNouns");
        RunVerbs = Set(rules, "runVerbs");
        SubjectPronouns = Set(rules, "subjectPronouns");
        ResultMetrics = Set(rules, "resultMetrics");
        BudgetVerbs = Set(rules, "budgetVerbs");
        BudgetNouns = Set(rules, "budgetNouns");
    }

    public IReadOnlySet<string> SettingNouns { get; }
    public IReadOnlySet<string> AssignmentVerbs { get; }
    public IReadOnlySet<string> Connectors { get; }
    public IReadOnlySet<string> ResultNouns { get; }
    public IReadOnlySet<string> GridWords { get; }
    public IReadOnlySet<string> LimitWords { get; }
    public IReadOnlySet<string> RunNouns { get; }
    public IReadOnlySet<string> RunVerbs { get; }
    public IReadOnlySet<string> SubjectPronouns { get; }
    public IReadOnlySet<string> ResultMetrics { get; }
    public IReadOnlySet<string> BudgetVerbs { get; }
    public IReadOnlySet<string> BudgetNouns { get; }

    private static IReadOnlySet<string> Set(RuleSet rules, string lexicon) => rules.LexiconWords(lexicon);

    /// <summary>A parameter symbol: one letter (Greek or Latin), optionally with a short subscript ("βi", "d_th", "k1").</summary>
    public static bool IsSymbol(string word)
    {
        if (word.Length == 0 || word.Length > 4 || !char.IsLetter(word[0])) return false;
        if (word.Length == 1) return word is not ("a" or "A" or "I");
        var greek = word[0] is >= '\u0370' and <= '\u03FF';
        return (greek || word.Contains('_')) && word.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_');
    }
}

/// <summary>One construction match: where its evidence is in the sentence.</summary>
internal readonly record struct ConstructionMatch(int Index, int Length);

/// <summary>
/// A construction over a sentence's pieces (<see cref="SentencePieces"/>) and the vocabulary classes, in place of a
/// phrasing regex. Each subclass is one rule with its stable ID; the weight comes from the rule file.
/// </summary>
internal abstract class SetupConstruction(RuleSet rules, SetupVocabulary vocabulary, string id, double fallbackWeight)
{
    public string RuleId { get; } = id;

    public double Weight { get; } = rules.Weight(id, fallbackWeight);

    public bool IsEnabled { get; } = rules.IsEnabled(id);

    protected SetupVocabulary Vocabulary { get; } = vocabulary;

    /// <summary>The first match in the sentence, or null.</summary>
    public abstract ConstructionMatch? Find(SentencePieces pieces);

    /// <summary>Up to <paramref name="count"/> lower-case words before an offset, not reaching back past <paramref name="floor"/>.</summary>
    protected static List<string> WordsBefore(SentencePieces pieces, int offset, int floor, int count)
    {
        var start = Math.Max(floor, offset - 90);
        // stop at a clause boundary: the last ';' or ',' before the value
        for (var i = offset - 1; i > start; i--)
        {
            if (pieces.Text[i] is ';' or ',') { start = i + 1; break; }
        }
        var words = pieces.WordsBetween(start, offset).Select(w => w.ToLowerInvariant()).ToList();
        return words.Count > count ? words.GetRange(words.Count - count, count) : words;
    }

    /// <summary>Whether the text just before an offset ends with an equals-like sign.</summary>
    protected static bool EqualsBefore(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] is '=' or '≈' or ':';
    }

    /// <summary>The end of the piece before <paramref name="piece"/> (0 when it is the first): words before a value stop there.</summary>
    protected static int PreviousEnd(SentencePieces pieces, Piece piece)
    {
        var end = 0;
        foreach (var p in pieces.All)
        {
            if (p.Start >= piece.Start) break;
            if (p.Kind is PieceKind.Label or PieceKind.Citation or PieceKind.Url) end = p.End;
        }
        return end;
    }

    protected static ConstructionMatch Around(SentencePieces pieces, Piece piece, int back) =>
        new(Math.Max(0, piece.Start - back), Math.Min(pieces.Text.Length, piece.End) - Math.Max(0, piece.Start - back));

    protected bool HasResultNoun(IEnumerable<string> words) => words.Any(Vocabulary.ResultNouns.Contains);

    /// <summary>
    /// Whether a value is a term of an expression rather than a setting: an operator or bracket follows it ("1/ T",
    /// "2δ(1 − δ)", "10^k"), or a Greek letter is glued to it.
    /// </summary>
    protected static bool IsExpressionTerm(SentencePieces pieces, Piece p)
    {
        var text = pieces.Text;
        if (p.End < text.Length && text[p.End] is >= '\u0370' and <= '\u03FF') return true;
        var i = p.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] is '+' or '-' or '−' or '*' or '/' or '^' or '×' or '·' or '(' or '=' or '≤' or '≥' or '<' or '>') return true;
        // the start of an enumeration of indices: "t = 1, 2, ..., T", "i = 0, 1, …"
        return p.Kind == PieceKind.Number && p.Value is 0 or 1 && EnumerationAfter.IsMatch(text.AsSpan(p.End));
    }

    private static readonly System.Text.RegularExpressions.Regex EnumerationAfter = new(
        @"^\s*,\s*(?:[12]\b|\.\s?\.\s?\.|…|·\s?·)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>An index set or a domain, not a grid of values: "{0, 1}", "{1, 2, 3, 4}", "{5, 6}" (consecutive integers).</summary>
    protected static bool IsIndexSet(SentencePieces pieces, Piece p)
    {
        if (p.Kind != PieceKind.ValueSet) return false;
        var parts = pieces.TextOf(p).Trim('{', '}', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (part is "..." or "…" or ". . .") continue;
            if (!int.TryParse(part, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v)) return false;
            values.Add(v);
        }
        for (var k = 1; k < values.Count; k++)
            if (values[k] != values[k - 1] + 1) return false;
        return values.Count >= 2;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is an assignment verb; "set" only as a verb — after "we", "is/are/was/were",
    /// "be" or "been" — not as a noun ("a set of 10000 draws").
    /// </summary>
    protected bool IsAssignmentVerb(IReadOnlyList<string> words, int i)
    {
        if (!Vocabulary.AssignmentVerbs.Contains(words[i])) return false;
        if (words[i] != "set") return true;
        return i > 0 && words[i - 1] is "we" or "is" or "are" or "was" or "were" or "be" or "been" or "then" or "also" or "empirically" or "manually";
    }

    protected static bool IsYear(Piece p) => p.Kind == PieceKind.Number && p.Value is >= 1900 and <= 2100 && p.Value == Math.Floor(p.Value);
}

/// <summary>
/// RV0009.setting-value: a setting noun or parameter symbol given a value — "the line search parameters are set to
/// βi = 0.04", "α and δ each set to 0.1", "a gravitational constant of 12.0", "the threshold dth (tuned to 4m)",
/// "the horizon is 100". The value is a Number, ValueSet or ValueRange piece (never a Label or a citation year); the
/// words before it (at most five, within the clause) hold an assignment verb or a connector right before the value,
/// and a setting noun or a symbol; a result noun ("accuracy of 0.9") vetoes.
/// </summary>
internal sealed class SettingValueConstruction(RuleSet rules, SetupVocabulary vocabulary)
    : SetupConstruction(rules, vocabulary, Id, 0.8)
{
    public const string Id = "RV0009.setting-value";

    public override ConstructionMatch? Find(SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.Number) && !pieces.Has(PieceKind.ValueSet) && !pieces.Has(PieceKind.ValueRange)) return null;
        // a sentence reporting a metric ("with a threshold of 2 cm we get 100% accuracy") is a result, not a setting
        if (pieces.WordsBetween(0, pieces.Text.Length).Any(w => Vocabulary.ResultMetrics.Contains(w.ToLowerInvariant()))) return null;
        foreach (var p in pieces.All)
        {
            if (p.Kind is not (PieceKind.Number or PieceKind.ValueSet or PieceKind.ValueRange) || IsYear(p)) continue;
            // a zero is a boundary or initial condition ("set x_{t−H} = 0") far more often than a setting
            if (IsExpressionTerm(pieces, p) || IsIndexSet(pieces, p) || (p.Kind == PieceKind.Number && p.Value == 0)) continue;
            var words = WordsBefore(pieces, p.Start, PreviousEnd(pieces, p), 6);
            if (words.Count == 0) continue;
            // The statement's subject may lie beyond a comma of a symbol list ("the parameters k, κ and ks are set to 100, 50
            // and 5, respectively"): the wider window of the clause's last ten words, commas included.
            var wide = pieces.WordsBetween(Math.Max(PreviousEnd(pieces, p), p.Start - 120), p.Start).TakeLast(10).Select(w => w.ToLowerInvariant()).ToList();
            var equals = EqualsBefore(pieces.Text, p.Start);
            var last = words[^1];
            // the verb may stand further back when a connector joins it to the value ("we fix the number of weak learners to be 100")
            var verb = words.Skip(Math.Max(0, words.Count - 3)).Any(Vocabulary.AssignmentVerbs.Contains)
                || (wide.Count >= 2 && Vocabulary.Connectors.Contains(last) && wide.SkipLast(1).Select((w, i) => (w, i)).Any(x => IsAssignmentVerb(wide, x.i)));
            // "we set d 50": a symbol right before the value after an assignment verb stands for "d = 50" (the PDF lost the "=")
            var implicitEquals = !equals && SetupVocabulary.IsSymbol(words[^1]) && words.Count >= 2 && words.SkipLast(1).TakeLast(2).Any(Vocabulary.AssignmentVerbs.Contains);
            var connector = equals || implicitEquals || Vocabulary.Connectors.Contains(last) || Vocabulary.AssignmentVerbs.Contains(last);
            if (!connector) continue;
            if (HasResultNoun(words)) continue;
            // with an assignment verb, "the number of weak learners" names a setting too
            var noun = words.Any(Vocabulary.SettingNouns.Contains) || (verb && wide.Any(w => Vocabulary.SettingNouns.Contains(w) || w == "number"));
            var symbol = words.Any(SetupVocabulary.IsSymbol) || (verb && wide.Any(SetupVocabulary.IsSymbol));
            if (implicitEquals) return Around(pieces, p, 80);
            // "batch size to be 10": a setting noun given its value with "to be"
            if (words.Count >= 3 && last == "be" && words[^2] == "to" && Vocabulary.SettingNouns.Contains(words[^3])) return Around(pieces, p, 80);
            // "set to 0.1" with a symbol or noun; "a constant of 12.0" / "horizon is 100" with a noun right before the connector
            var pronoun = words.Any(Vocabulary.SubjectPronouns.Contains);
            if (verb && (noun || symbol || pronoun)) return Around(pieces, p, 80);
            if (!verb && !equals && words.Count >= 2 && Vocabulary.SettingNouns.Contains(words[^2])) return Around(pieces, p, 80);
            // "the setting of parameters n = 10", "parameters used are n = 20000": a setting noun naming the symbol given the value
            if (equals && words.Count >= 2 && SetupVocabulary.IsSymbol(last) && words.Skip(Math.Max(0, words.Count - 4)).SkipLast(1).Any(Vocabulary.SettingNouns.Contains))
                return Around(pieces, p, 80);
        }
        return null;
    }
}

/// <summary>
/// RV0009.value-grid: the values a parameter takes in the experiments — a ValueSet or ValueRange piece next to a
/// setting noun or symbol, or in a sentence with a grid word ("λ ∈ {0.1, 1, 10}", "we vary the window from 2 to 20",
/// "30 values equally spaced between 0.0001 and 0.05", "searched over {16, 32, 64}"). A range of years or a result
/// that moves ("accuracy rises from 70 to 80") does not count.
/// </summary>
internal sealed class ValueGridConstruction(RuleSet rules, SetupVocabulary vocabulary)
    : SetupConstruction(rules, vocabulary, Id, 0.8)
{
    public const string Id = "RV0009.value-grid";

    public override ConstructionMatch? Find(SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.ValueSet) && !pieces.Has(PieceKind.ValueRange)) return null;
        var all = pieces.Text.ToLowerInvariant();
        var sentenceWords = pieces.WordsBetween(0, pieces.Text.Length).Select(w => w.ToLowerInvariant()).ToList();
        var gridWord = sentenceWords.Any(Vocabulary.GridWords.Contains) || all.Contains('∈');
        foreach (var p in pieces.All)
        {
            if (p.Kind is not (PieceKind.ValueSet or PieceKind.ValueRange) || IsIndexSet(pieces, p)) continue;
            var value = pieces.TextOf(p);
            if (System.Text.RegularExpressions.Regex.IsMatch(value, @"\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b")) continue;
            var words = WordsBefore(pieces, p.Start, PreviousEnd(pieces, p), 6);
            if (HasResultNoun(words.Skip(Math.Max(0, words.Count - 4)))) continue;
            var named = words.Any(Vocabulary.SettingNouns.Contains) || words.Any(SetupVocabulary.IsSymbol) || EqualsBefore(pieces.Text, p.Start);
            if (named || gridWord) return Around(pieces, p, 80);
        }
        return null;
    }
}

/// <summary>
/// RV0009.run-count (construction part): a counted number of runs or generated instances — "we randomly generate
/// five stable systems of order 4", "averaged over 10 independent runs", "100 random instances". A Number piece
/// (2 or more), a run noun at most five words after it, and a generation or repetition word at most four words
/// before it or among the words in between.
/// </summary>
internal sealed class RunCountConstruction(RuleSet rules, SetupVocabulary vocabulary)
    : SetupConstruction(rules, vocabulary, Id, 0.4)
{
    public const string Id = "RV0009.run-count";

    public override ConstructionMatch? Find(SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.Number)) return null;
        foreach (var p in pieces.OfKind(PieceKind.Number))
        {
            if (!(p.Value >= 2) || IsYear(p)) continue;
            var after = pieces.WordsBetween(p.End, Math.Min(pieces.Text.Length, p.End + 60)).Take(5).Select(w => w.ToLowerInvariant()).ToList();
            var nounAt = after.FindIndex(Vocabulary.RunNouns.Contains);
            if (nounAt < 0) continue;
            var before = WordsBefore(pieces, p.Start, PreviousEnd(pieces, p), 4);
            if (before.Any(Vocabulary.RunVerbs.Contains) || after.Take(nounAt).Any(Vocabulary.RunVerbs.Contains))
                return new(Math.Max(0, p.Start - 60), Math.Min(pieces.Text.Length, p.End + 60) - Math.Max(0, p.Start - 60));
        }
        return null;
    }
}

/// <summary>
/// RV0009.run-settings (construction part): a limit word right before a counted budget — "the agent is allowed 500
/// steps", "a budget of 10,000 evaluations", "capped at 200 iterations" — or a run verb right before a count of
/// iterations, sweeps or permutations ("we perform 500 iterations of RJMCMC sampling").
/// </summary>
internal sealed class RunLimitConstruction(RuleSet rules, SetupVocabulary vocabulary)
    : SetupConstruction(rules, vocabulary, RunSettingsRule.Id, 1.0)
{
    public override ConstructionMatch? Find(SentencePieces pieces)
    {
        if (!pieces.Has(PieceKind.Number)) return null;
        foreach (var p in pieces.OfKind(PieceKind.Number))
        {
            if (IsYear(p)) continue;
            var before = WordsBefore(pieces, p.Start, PreviousEnd(pieces, p), 3);
            var next = pieces.WordAfter(p.End).ToLowerInvariant();
            if (before.Count > 0 && Vocabulary.BudgetVerbs.Contains(before[^1]) && Vocabulary.BudgetNouns.Contains(next)) return Around(pieces, p, 60);
            if (!before.Any(Vocabulary.LimitWords.Contains)) continue;
            if (Vocabulary.RunNouns.Contains(next) || Vocabulary.SettingNouns.Contains(next) || next is "steps" or "iterations" or "evaluations" or "episodes" or "queries" or "samples" or "nodes" or "expansions")
                return Around(pieces, p, 60);
        }
        return null;
    }
}
