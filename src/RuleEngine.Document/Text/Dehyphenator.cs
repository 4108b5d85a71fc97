namespace RuleEngine.Document.Text;

/// <summary>
/// Decides what to do with a hyphen at the end of a line: remove it ("reproduc-" + "ibility" →
/// "reproducibility") or keep it ("state-of-" + "the-art" → "state-of-the-art"). The paper's own
/// spelling decides first (does it write "pretrained" or "pre-trained" elsewhere?); then patterns:
/// a capitalised or numeric continuation, a known hyphen prefix ("non-", "self-", "multi-"…), a
/// compound already hyphenated, or a known compound part keep the hyphen; everything else is
/// typesetter's hyphenation and is removed.
/// </summary>
public static class Dehyphenator
{
    private static readonly HashSet<string> KeepPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "non", "self", "pre", "post", "multi", "cross", "semi", "anti", "meta", "quasi", "pseudo", "inter",
        "intra", "ultra", "mid", "bi", "tri", "uni", "sub", "over", "under", "re", "co",
    };

    /// <summary>Prefixes that TeX also splits inside ordinary words: keep them only before a plausible word.</summary>
    private static readonly Dictionary<string, string[]> PrefixExceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pre"] = ["dic", "vi", "cis", "sent", "fer", "vent", "serv", "par", "ced", "mis", "mium", "lim", "dom", "val", "sum", "vail", "scri", "fix", "cau", "tend", "text", "cede"],
        ["post"] = ["er", "ur", "ul", "pon"],
        ["multi"] = ["pl", "tud"],
        ["anti"] = ["cip"],
        ["self"] = ["ish"],
        ["inter"] = ["est", "pret", "val", "act", "nal", "nat", "fer", "face", "pol", "sect", "med", "change", "play", "mit", "rupt", "vene", "vention", "view", "course", "ior", "cept", "ference"],
        ["sub"] = ["set", "sequ", "stan", "stit", "ject", "mit", "tle", "tract", "scri", "mis", "stra", "ject", "sidi", "sum", "op", "gra", "spa", "urb", "way", "tl", "mer", "opti", "jec"],
        ["over"] = ["all", "view", "come", "head", "lap", "look", "ride", "whelm", "fit", "flow"],
        ["under"] = ["stand", "stood", "lying", "go", "score", "take", "mine", "way"],
        ["re"] = [""],  // "re-" is almost always hyphenation ("re-sults"); kept only when the paper writes it hyphenated
        ["co"] = [""],
        ["bi"] = [""],
        ["tri"] = [""],
        ["uni"] = [""],
        ["mid"] = ["dle", "st"],
        ["meta"] = ["bol", "phor", "l"],
    };

    /// <summary>First parts that commonly open a hyphenated compound when followed by a whole word.</summary>
    private static readonly HashSet<string> CompoundFirstParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "well", "high", "low", "large", "small", "long", "short", "fine", "real", "zero", "few", "one", "two",
        "three", "four", "five", "first", "second", "third", "top", "open", "closed", "hand", "human", "data",
        "task", "domain", "model", "time", "trade", "rule", "graph", "tree", "sample", "class", "object", "token",
        "sentence", "word", "user", "item", "text", "image", "video", "half", "full", "worst", "best", "state",
        "end", "point", "pixel", "patch", "layer", "node", "edge", "query", "key", "value", "policy", "reward",
        "hyper", "mini", "max", "min", "last", "next", "leave", "label", "instance", "feature", "context", "knowledge",
        "language", "vision", "audio", "speech", "cost", "risk", "noise", "error", "power", "norm", "rank", "heavy",
        "light", "deep", "wide", "left", "right", "upper", "lower", "single", "double", "multi", "non",
    };

    /// <summary>Endings that are fragments of a word, not words of their own.</summary>
    private static readonly HashSet<string> SuffixFragments = new(StringComparer.OrdinalIgnoreCase)
    {
        "ing", "ings", "ed", "er", "ers", "es", "est", "ly", "tion", "tions", "ity", "ness", "ment", "ments", "al",
        "ally", "ize", "izes", "ized", "ization", "ise", "ised", "able", "ible", "ful", "less", "ous", "ive", "ively",
        "ist", "ists", "ism", "ence", "ance", "ent", "ant", "ure", "ures", "ling", "led", "ling", "ated", "ation",
        "ations", "ative", "ically", "ical", "ic", "ics", "ships", "ship", "ward", "wards", "like", "lihood", "ular",
    };

    /// <summary>Second parts that commonly close a hyphenated compound ("model-based", "task-specific").</summary>
    private static readonly HashSet<string> CompoundSecondParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "free", "specific", "aware", "driven", "level", "scale", "dependent", "independent", "invariant",
        "agnostic", "oriented", "off", "art", "shot", "step", "order", "dimensional", "grained", "constrained",
        "conditioned", "supervised", "trained", "tuned", "tuning", "sized", "wide", "time", "term", "range", "end",
        "of", "the", "to", "and", "vs", "versus", "aided", "guided", "augmented", "efficient", "intensive",
        "friendly", "defined", "related", "valued", "only", "style", "type", "world", "life", "layer", "head",
        "task", "modal", "class", "label", "sample", "making",
    };

    /// <summary>Whether a line ends with a hyphen glued to a word (a candidate for de-hyphenation).</summary>
    public static bool EndsWithHyphen(string line)
    {
        if (line.Length < 2) return false;
        var last = line[^1];
        if (last is not ('-' or '\u2010' or '\u2011')) return false;
        var prev = line[^2];
        return char.IsLetterOrDigit(prev) || prev is ')' or ']';
    }

    /// <summary>How a line ending in a hyphen joins the next line.</summary>
    public static HyphenJoin Join(string lineBefore, string lineAfter, WordVocabulary? vocabulary = null)
    {
        var after = lineAfter.AsSpan().TrimStart();
        if (after.Length == 0) return HyphenJoin.KeepHyphen;
        if (!char.IsLetterOrDigit(after[0])) return HyphenJoin.KeepHyphenAndSpace;   // "pre-" + "(and post-)"
        var sp = after.IndexOf(' ');
        var token = (sp < 0 ? after : after[..sp]).TrimEnd(",.;:");
        if (token is "and" or "or" or "nor" or "und") return HyphenJoin.KeepHyphenAndSpace; // "pre- and post-training"
        return ShouldRemoveHyphen(lineBefore, lineAfter, vocabulary) ? HyphenJoin.RemoveHyphen : HyphenJoin.KeepHyphen;
    }

    /// <summary>
    /// True when the line-end hyphen is hyphenation and should be removed; false when it belongs to the word.
    /// Only meaningful when <see cref="EndsWithHyphen"/> holds for <paramref name="lineBefore"/>.
    /// </summary>
    public static bool ShouldRemoveHyphen(string lineBefore, string lineAfter, WordVocabulary? vocabulary = null)
    {
        // The word before the hyphen, with any inner hyphens ("state-of").
        var end = lineBefore.Length - 1;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(lineBefore[start - 1]) || (lineBefore[start - 1] is '-' or '\u2010' && start - 1 > 0 && char.IsLetterOrDigit(lineBefore[start - 2])))) start--;
        var before = lineBefore.AsSpan(start, end - start);
        if (before.Length == 0) return false;

        // The word after: letters up to the first non-letter; and the whole token (may carry hyphens).
        var after = lineAfter.AsSpan().TrimStart();
        var tokenEnd = after.IndexOfAny(' ', '\t');
        var token = tokenEnd < 0 ? after : after[..tokenEnd];
        var letters = 0;
        while (letters < token.Length && char.IsLetter(token[letters])) letters++;
        var afterWord = token[..letters];

        if (afterWord.Length == 0) return false;                       // "COVID-" + "19", "-" + "("

        // The paper's own spelling first ("LIBLIN-" + "EAR" where the paper writes LIBLINEAR elsewhere).
        if (vocabulary is not null && !before.ContainsAny("-\u2010"))
        {
            var joined = string.Concat(before, afterWord);
            var hyphenated = string.Concat(before, "-", afterWord);
            var cj = vocabulary.Count(joined);
            var ch = vocabulary.Count(hyphenated);
            if (cj > ch) return true;
            if (ch > cj) return false;
        }
        if (char.IsUpper(afterWord[0])) return false;                  // "Cross-" + "Entropy", "BERT-" + "Base"
        if (before.ContainsAny("-\u2010")) return false;               // "state-of-" + "the-art", "end-to-" + "end"
        if (letters < token.Length && token[letters] is '-' or '\u2010' && letters + 1 < token.Length && char.IsLetter(token[letters + 1]))
            return false;                                              // "state-" + "of-the-art"
        var lastPart = before;
        if (lastPart.Length == 1 || lastPart.ContainsAnyInRange('0', '9')) return false; // "k-" + "means", "L2-" + "norm"
        if (IsAllUpper(lastPart) && lastPart.Length >= 2) return false; // "GAN-" + "based"


        // TeX never leaves fewer than three letters after a break: a two-letter word is a compound's part.
        if (afterWord.Length <= 2) return false;

        var prefix = lastPart.ToString();
        if (KeepPrefixes.Contains(prefix))
        {
            if (!PrefixExceptions.TryGetValue(prefix, out var joinedStarts)) return false;
            foreach (var s in joinedStarts)
            {
                if (s.Length == 0) return true; // this prefix keeps its hyphen only when the paper spells it so
                if (afterWord.StartsWith(s, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
        if (CompoundSecondParts.Contains(afterWord.ToString()) && lastPart.Length >= 3
            && (vocabulary is null || vocabulary.Contains(lastPart))) return false; // "model-" + "based", not "cor-" + "related"

        if (CompoundFirstParts.Contains(prefix) && afterWord.Length >= 3 && !SuffixFragments.Contains(afterWord.ToString())) return false;
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
