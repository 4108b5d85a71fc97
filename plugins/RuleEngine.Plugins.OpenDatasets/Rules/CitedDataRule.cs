using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>
/// RV0005.cited-data: the construction <em>dataset use</em> over the sentence's pieces. A data noun from the
/// rule file ("data", "dataset", "database", "corpus", "benchmark", "suite", "environment" ...) with a Citation
/// piece attached — directly ("the X dataset (Smith et al., 2019)"), through a source link ("data from a real
/// dog [7]", "the benchmark introduced by Hahn et al. [1]"), or a capitalised name after "on" ("we evaluate
/// on the CausalWorld [64]") — in a sentence in the paper's own voice: not one whose subject is the citation,
/// not a result "shown by" others, not a model "inspired by" data, and in framing sections only with "we use".
/// </summary>
internal sealed partial class CitedDataRule(RuleSet rules)
{
    public const string Id = "RV0005.cited-data";

    private readonly bool _enabled = rules.IsEnabled(Id);
    private readonly HashSet<string> _dataNouns = WordSet(rules.Lexicon("dataNouns"));
    private readonly HashSet<string> _weakDataNouns = WordSet(rules.Lexicon("weakDataNouns"));
    private readonly HashSet<string> _notData = WordSet(rules.Lexicon("notDataNouns"));
    private readonly HashSet<string> _notDataModifiers = WordSet(rules.Lexicon("notDataModifiers"));
    private readonly HashSet<string> _sourceLinks = WordSet(rules.Lexicon("dataSourceLinks"));
    private readonly HashSet<string> _strongLinks = WordSet(rules.Lexicon("strongSourceLinks"));
    private readonly HashSet<string> _simulators = WordSet(rules.Lexicon("simulatorNames"));
    private readonly HashSet<string> _neutral = WordSet(rules.Lexicon("neutralWords"));
    private readonly HashSet<string> _dataContainers = WordSet(rules.Lexicon("dataContainerNouns"));
    private readonly Regex? _ownUse = rules.Pattern(Id, compiled: true);
    private readonly Regex? _citedVoice = rules.ExtraPattern(Id, "citedVoicePatterns", compiled: true);
    private readonly Regex? _evaluateOn = rules.ExtraPattern(Id, "evaluateOnPatterns", compiled: true);
    private readonly Regex? _namedList = rules.ExtraPattern(Id, "namedListPatterns", compiled: true);
    private readonly Regex? _lowercaseCitation = rules.ExtraPattern(Id, "lowercaseCitationPatterns", compiled: true);
    private readonly double _weight = rules.Weight(Id, 0.85);
    private readonly int _window = (int)rules.Setting("citedDataWindow", 8);

    private static HashSet<string> WordSet(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <param name="sentence">A body sentence.</param>
    /// <param name="pieces">Its pieces.</param>
    /// <param name="isFraming">Whether it sits where others' work is described (abstract, introduction, related work,
    /// background, theory): there only a first-person use counts.</param>
    public DataFinding? Inspect(Sentence sentence, SentencePieces pieces, bool isFraming)
    {
        if (!_enabled) return null;
        var text = sentence.Text;
        if (isFraming && !_ownUse.Hits(text)) return null;
        if (IsCitedVoice(text, pieces)) return null;
        // A bibliography key the citation marker does not know, in lower case: "an open real dataset (data, 2020)".
        if (_lowercaseCitation?.Match(text) is { Success: true } key)
            return new DataFinding(_weight - 0.05, Evidence.FromMatch(sentence, key.Index, key.Length, Id), key.Value);
        if (!pieces.Has(PieceKind.Citation)) return null;

        // Named data sets listed after a data noun, attributed by a citation in the same sentence.
        if (_namedList?.Match(text) is { Success: true } list)
            return new DataFinding(_weight - 0.05, Evidence.FromMatch(sentence, list.Index, list.Length, Id), list.Value);

        // "We evaluated X on real-world flow cytometry data (Sachs et al., 2005)": the authors use the cited data here.
        var usedHere = _ownUse.Hits(text);
        foreach (var cite in pieces.OfKind(PieceKind.Citation))
        {
            var before = pieces.WordsBetween(Math.Max(0, cite.Start - 160), cite.Start);
            // A narrative citation ("Wang et al. (2021)") names a work, not a source: it needs a link word before it.
            var narrative = char.IsLetter(text[cite.Start]);
            var anchor = DataNounBefore(before, narrative, usedHere) ?? (narrative ? null : NameAfterOn(text, before, cite));
            if (anchor is null) continue;
            var start = text.LastIndexOf(anchor, cite.Start, StringComparison.Ordinal);
            if (start < 0) start = cite.Start;
            // The noun and the citation sit in one clause unless a source link stands right before the citation.
            if (!LinkRightBefore(before) && text.AsSpan(start, cite.Start - start).IndexOfAny(",;:") >= 0) continue;
            return new DataFinding(_weight, Evidence.FromMatch(sentence, start, cite.End - start, Id), text[start..cite.End]);
        }
        return null;
    }

    /// <summary>
    /// Scans back from a citation for a data noun: "dataset (X)", "data from a real dog [7]", "benchmark introduced
    /// by Hahn et al. [1]". With other words between the noun and the citation there must be a source link (of, from,
    /// by, provided, introduced ...) within the window, or one right before the citation ("... (provided in TSCC
    /// (2019))"); names and neutral words are free; a model, method or simulator word stops the scan.
    /// </summary>
    private string? DataNounBefore(IReadOnlyList<string> words, bool narrative, bool usedHere)
    {
        var linked = false;
        var linkAdjacent = false;
        var contentWords = 0;
        for (int i = words.Count - 1, seen = 1; i >= 0 && seen <= 3 * _window; i--, seen++)
        {
            var word = TrimFootnote(words[i]);
            if (_notData.Contains(word)) return null;
            if (_dataNouns.Contains(word))
            {
                var viaLink = linked && (seen <= _window || linkAdjacent);
                // "data set(s)" is one strong noun; "data", "collection" on their own need a link or a name before them.
                var weak = _weakDataNouns.Contains(word) && !(i + 1 < words.Count && words[i + 1] is "set" or "sets")
                    && !(i > 0 && IsName(words[i - 1]) && words[i - 1] is not ("et" or "al"));
                // A weak noun right before the citation holds in a sentence where the authors say they use it.
                // "We consider an E. coli dataset of the expression levels of 100 genes (Kao et al., 2004)": in a sentence
                // where the authors use data, a strong noun heads the phrase the citation closes (no clause break, checked by the caller).
                var heads = usedHere && !weak && !narrative && linked;
                var attached = narrative ? viaLink : weak ? viaLink || (usedHere && contentWords == 0) : contentWords == 0 || viaLink || heads;
                if (!attached) return null;
                // "synthetic data", "the Pybullet Drones environment", "an approach called Dataset Aggregation"
                for (var j = Math.Max(0, i - 2); j < i; j++)
                    if (_notDataModifiers.Contains(words[j]) || _simulators.Contains(words[j]) || _notData.Contains(words[j])) return null;
                // "the generative model for cascade data introduced by ...", "a data standard for storing EHR data (…)": the data
                // belongs to the model or standard the citation names.
                if (BelongsToTool(words, i)) return null;
                return words[i];
            }
            // "image databases and so on [37]": "so on" closes a list, it links nothing
            if (_sourceLinks.Contains(word) && !(word == "on" && i > 0 && words[i - 1] == "so"))
            {
                // "provided by Wille et al. (2004)": a strong link with only link words or names between it and the citation.
                if (contentWords == 0 && _strongLinks.Contains(word)) linkAdjacent = true;
                linked = true;
            }
            else if (!IsName(word) && !_neutral.Contains(word)) contentWords++;
        }
        return null;
    }

    /// <summary>
    /// Whether the data noun at <paramref name="i"/> is what a tool, model or standard is for: "model for cascade data"
    /// (any non-data noun right before "for"/"of"), or a container of data — a standard, format, schema or model — with
    /// a few more words between: "a data standard for storing health records data (…)".
    /// </summary>
    private bool BelongsToTool(IReadOnlyList<string> words, int i)
    {
        if (i >= 3 && words[i - 2] is "for" or "of" && _notData.Contains(words[i - 3])) return true;
        for (var k = i - 2; k >= 1 && k >= i - 4; k--)
        {
            if (words[k] is not ("for" or "of")) continue;
            return _dataContainers.Contains(words[k - 1]) && words.Skip(k + 1).Take(i - k - 1).All(w => w.All(char.IsLetter));
        }
        return false;
    }

    /// <summary>Whether the first word before the citation that is not a name is a source link ("provided in TSCC (2019)").</summary>
    private bool LinkRightBefore(IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (IsName(words[i])) continue;
            return _strongLinks.Contains(words[i]) || (words[i] is "in" or "by" or "from" or "at" && i > 0 && _strongLinks.Contains(words[i - 1]));
        }
        return false;
    }

    /// <summary>"we evaluate ... on (the) CausalWorld [64]": one to four capitalised words right after "on", before the citation.</summary>
    private string? NameAfterOn(string text, IReadOnlyList<string> words, Piece cite)
    {
        if (!_evaluateOn.Hits(text[..cite.Start])) return null;
        var name = 0;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (name > 0 && word is "on" or "from" or "the")
            {
                if (word == "the" && (i == 0 || words[i - 1] is not ("on" or "from"))) return null;
                return words[^name];
            }
            // A name has two letters at least: "on G[1,3]" is a graph in a proof, not a benchmark.
            if (!IsName(word) || word.Length < 2 || ++name > 4 || _notData.Contains(word)) return null;
        }
        return null;
    }

    /// <summary>Whether the sentence speaks of cited work rather than of what the paper did: a result shown by others,
    /// a model inspired by data, what prior work used, or a citation as its subject.</summary>
    public bool IsCitedVoice(string text, SentencePieces pieces) => _citedVoice.Hits(text) || HasCitedSubject(pieces);

    /// <summary>The citation is the sentence's subject: it opens the sentence and no first person follows ("Smith et al. (2019) use ...").</summary>
    private static bool HasCitedSubject(SentencePieces pieces)
    {
        foreach (var cite in pieces.OfKind(PieceKind.Citation))
        {
            var lead = pieces.WordsBetween(0, cite.Start);
            if (lead.Count > 3) return false;
            if (lead.Count > 0 && lead[0] is "We" or "Our" or "Following" or "As" or "Like") return false;
            return !FirstPerson().IsMatch(pieces.Text);
        }
        return false;
    }

    private static bool IsName(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0])) || word is "et" or "al";

    /// <summary>A footnote mark glued to a word is not part of it: "environment3" is "environment".</summary>
    private static string TrimFootnote(string word) => word.Length > 2 && char.IsLetter(word[^2]) && char.IsDigit(word[^1]) ? word[..^1] : word;

    [GeneratedRegex(@"\b(?:we|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();
}
