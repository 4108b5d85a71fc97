namespace RuleEngine.Document.Text;

/// <summary>
/// Academic false sentence breaks the ICU rules make after abbreviations: "et al. (2019)", "e.g. Adam",
/// "Fig. 3", "Eq. (2)", "Sec. 4", "vs. SGD", "J. Smith". Given the text before a proposed break and the
/// text after it, says whether the break is false (the two pieces belong to one sentence).
/// </summary>
public static class SentenceBreakRules
{
    /// <summary>Abbreviations after which a sentence practically never ends.</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "cf.", "vs.", "v.s.", "resp.", "approx.", "viz.", "w.r.t.", "wrt.", "a.k.a.", "i.i.d.", "ca.", "esp.",
        "incl.", "fig.", "figs.", "eq.", "eqs.", "eqn.", "eqns.", "sec.", "secs.", "sect.", "tab.", "tbl.", "alg.", "algo.",
        "thm.", "lem.", "prop.", "cor.", "def.", "defn.", "ref.", "refs.", "app.", "apx.", "appx.", "ch.", "chap.", "no.",
        "nos.", "vol.", "vols.", "pp.", "p.", "eds.", "dr.", "prof.", "mr.", "mrs.", "ms.", "st.", "jr.", "sr.", "dept.",
        "univ.", "inst.", "jan.", "feb.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "avg.", "std.", "obs.",
        "ex.", "exp.", "expt.", "est.", "corr.", "max.", "min.", "num.", "c.f.", "e.g.,", "i.e.,", "et.",
    };

    /// <summary>Abbreviations of "version" and "release": a false break only when a number follows ("ver. 7.1").</summary>
    private static readonly HashSet<string> VersionAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "ver.", "vers.", "rel." };

    /// <summary>Words after which a single capital initial most likely starts a name ("by J. Smith").</summary>
    private static readonly HashSet<string> NameIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "and", "&", "with", "from", "to", "of", "dr.", "prof.", "mr.", "ms.", "mrs.",
    };

    /// <summary>Capitalised words that label a lettered item ("Appendix A.", "Case B.") rather than start a name.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "appendix", "section", "figure", "table", "algorithm", "theorem", "lemma", "assumption", "part", "case", "type",
        "class", "model", "step", "phase", "stage", "group", "set", "condition", "option", "setting", "method", "variant",
        "player", "agent", "task", "dataset", "experiment", "scenario", "level", "grade", "plan", "version", "region", "point",
    };

    /// <summary>True when a break between <paramref name="before"/> and <paramref name="after"/> should be undone.</summary>
    public static bool IsFalseBreak(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.TrimEnd();
        after = after.TrimStart();
        if (before.Length == 0 || after.Length == 0) return false;
        if (before[^1] != '.') return false;

        // A list enumerator on its own: "1. We propose …", "(a) …", "iv. …".
        if (IsEnumerator(before)) return true;

        var tokenStart = before.LastIndexOf(' ') + 1;
        var token = before[tokenStart..];
        var bare = token.TrimStart("([{\"'\u201C\u2018");

        if (bare.Length == 0) return false;
        if (NeverFinal.Contains(bare.ToString())) return true;

        var first = after[0];
        var continues = char.IsLower(first) || char.IsDigit(first) || first is '(' or '[' or ',' or ';' or ':' or ')' or ']';

        // "MOSEK (ver. 7.1.0.12)", "release rel. 2.3": a version abbreviation before its number.
        if (VersionAbbreviations.Contains(bare.ToString()) && char.IsDigit(first)) return true;

        // "et al." (and "al." after "et"): a citation goes on; "et al. We ..." is a real end.
        if (bare.Equals("al.", StringComparison.OrdinalIgnoreCase))
        {
            var prev = before[..tokenStart].TrimEnd();
            if (prev.EndsWith("et", StringComparison.OrdinalIgnoreCase))
                return continues || after.StartsWith("’s") || after.StartsWith("'s");
        }
        if (bare.Equals("etc.", StringComparison.OrdinalIgnoreCase)) return continues && !char.IsDigit(first);

        // Single initials: "J. Smith", "A. B. Jones", "Smith, J. and".
        if (IsInitials(bare) && char.IsUpper(first))
        {
            var prevText = before[..tokenStart].TrimEnd();
            if (prevText.Length == 0) return true;
            var pStart = prevText.LastIndexOf(' ') + 1;
            var prevToken = prevText[pStart..];
            if (prevToken.EndsWith(',') || IsInitials(prevToken.TrimStart("([")) || NameIntroducers.Contains(prevToken.ToString())) return true;
            if (prevToken.Length > 0 && char.IsUpper(prevToken[0]) && !prevToken.EndsWith('.') && !LabelWords.Contains(prevToken.ToString()))
                return true; // "John F. Kennedy"
            return false;
        }

        // A number with a trailing dot inside a reference or list ("pp. 1-10." is handled above); digits after "No."
        return false;
    }

    /// <summary>Whether a word with its full stop ("Fig.", "e.g.") is an abbreviation after which sentences go on.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> wordWithDot) => NeverFinal.Contains(wordWithDot.ToString());

    /// <summary>"1.", "12.", "(3).", "a.", "iv.": a whole "sentence" that is only a list number.</summary>
    private static bool IsEnumerator(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 6 || s[^1] != '.') return false;
        var body = s[..^1].Trim("()");
        if (body.Length == 0) return false;
        var digits = true;
        var roman = true;
        foreach (var c in body)
        {
            if (!char.IsDigit(c)) digits = false;
            if (c is not ('i' or 'v' or 'x')) roman = false;
        }
        return digits || roman || (body.Length == 1 && char.IsLetter(body[0]));
    }

    /// <summary>"J.", "A.B.", "J.-P."</summary>
    private static bool IsInitials(ReadOnlySpan<char> t)
    {
        if (t.Length < 2 || t[^1] != '.') return false;
        var letters = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsUpper(c)) { letters++; if (i + 1 >= t.Length || t[i + 1] != '.') return false; }
            else if (c is '.' or '-') continue;
            else return false;
        }
        return letters is >= 1 and <= 3;
    }
}
