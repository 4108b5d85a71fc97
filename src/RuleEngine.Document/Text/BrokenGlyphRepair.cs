using System.Text;

namespace RuleEngine.Document.Text;

/// <summary>
/// Second, document-aware pass over repaired lines for ligature glyphs whose text was lost:
/// a lost glyph between letters ("e\uFFFDcient") is replaced by the ligature that makes a word seen
/// elsewhere in the paper or a known word; a glyph dropped together with a space ("signi cant",
/// "di erent", "e cient") is restored when the two fragments around it form a known word.
/// Hard cases (unknown words, glyphs dropped at word starts) are left alone.
/// </summary>
public static class BrokenGlyphRepair
{
    private static readonly string[] Ligatures = ["fi", "ff", "fl", "ffi", "ffl"];

    /// <summary>Common words of papers that contain a ligature sequence.</summary>
    private static readonly string[] KnownWords =
    [
        "first", "define", "defined", "defines", "definition", "definitions", "significant", "significantly",
        "significance", "specific", "specifically", "specified", "specify", "specification", "efficient",
        "efficiently", "efficiency", "effect", "effects", "effective", "effectively", "effectiveness",
        "different", "difference", "differences", "differs", "differ", "differentiable", "difficult",
        "difficulty", "figure", "figures", "field", "fields", "final", "finally", "find", "finding",
        "findings", "finds", "fine", "finer", "finite", "fixed", "fix", "flow", "flows", "flexible",
        "flexibility", "configuration", "configurations", "configure", "configured", "classification",
        "classifier", "classifiers", "classified", "classify", "confidence", "confident", "coefficient",
        "coefficients", "sufficient", "sufficiently", "insufficient", "artificial", "benefit", "benefits",
        "offer", "offers", "offered", "affect", "affects", "affected", "suffer", "suffers", "buffer",
        "official", "profile", "reflect", "reflects", "conflict", "influence", "influenced", "identify",
        "identified", "identification", "modified", "modification", "modifications", "justify", "justified",
        "verify", "verified", "verification", "simplify", "simplified", "satisfy", "satisfies", "satisfied",
        "satisfying", "scientific", "traffic", "off", "offline", "effort", "efforts", "afford", "affine",
        "diffusion", "fitting", "fit", "fits", "filter", "filters", "filtering", "file", "files", "fill",
        "inefficient", "inflation", "infinite", "infinity", "magnified", "unified", "notification",
        "quantified", "stuffed", "shuffle", "shuffled", "shuffling", "floor", "float", "flip", "flipped",
        "fluctuation", "fluctuations", "workflow", "overflow", "sufficiency", "officially", "specifics",
    ];

    private static readonly Dictionary<string, string> FragmentPairs = BuildFragmentPairs();
    private static readonly HashSet<string> RightFragments = new(FragmentPairs.Keys.Select(k => k[(k.IndexOf(' ') + 1)..]), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightLookup = RightFragments.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> KnownSet = new(KnownWords, StringComparer.Ordinal);

    private static Dictionary<string, string> BuildFragmentPairs()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var w in KnownWords)
        {
            foreach (var lig in Ligatures)
            {
                var at = w.IndexOf(lig, StringComparison.Ordinal);
                // Only the interior case: both fragments at least one letter, and the left one not a word.
                if (at <= 0 || at + lig.Length >= w.Length) continue;
                var left = w[..at];
                var right = w[(at + lig.Length)..];
                if (left is "a" or "o" or "in" or "on" or "of" or "to" or "so" or "be" or "un") { if (right.Length < 3) continue; }
                map.TryAdd(left + " " + right, w);
            }
        }
        return map;
    }

    /// <summary>Whether a line may need this pass (cheap test).</summary>
    public static bool MayNeedRepair(string line)
    {
        if (line.Contains(LigatureRepair.LostGlyph)) return true;
        // "di erent", "e cient", "signi cant": a short lowercase fragment followed by a space and more lowercase.
        for (var i = 1; i + 1 < line.Length; i++)
            if (line[i] == ' ' && char.IsLower(line[i - 1]) && char.IsLower(line[i + 1]) && FragmentPairsCouldMatch(line, i)) return true;
        return false;
    }

    private static bool FragmentPairsCouldMatch(string line, int space)
    {
        var re = space + 1;
        while (re < line.Length && char.IsLetter(line[re])) re++;
        if (!RightLookup.Contains(line.AsSpan(space + 1, re - space - 1))) return false;
        var ls = space - 1;
        while (ls > 0 && char.IsLetter(line[ls - 1])) ls--;
        var key = string.Concat(line.AsSpan(ls, space - ls), " ", line.AsSpan(space + 1, re - space - 1)).ToLowerInvariant();
        return FragmentPairs.ContainsKey(key);
    }

    /// <summary>Repairs one line. <paramref name="vocabulary"/> holds the words seen in the document.</summary>
    public static string Repair(string line, WordVocabulary? vocabulary)
    {
        var sb = new StringBuilder(line.Length + 8);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == LigatureRepair.LostGlyph && i > 0 && char.IsLetter(line[i - 1]) && i + 1 < line.Length && char.IsLetter(line[i + 1]))
            {
                var ws = sb.Length;
                while (ws > 0 && char.IsLetter(sb[ws - 1])) ws--;
                var left = sb.ToString(ws, sb.Length - ws);
                var re = i + 1;
                while (re < line.Length && char.IsLetter(line[re])) re++;
                var right = line[(i + 1)..re];
                var lig = ChooseLigature(left, right, vocabulary);
                if (lig is not null) { sb.Append(lig); i++; continue; }
            }
            else if (c == ' ' && i > 0 && i + 1 < line.Length && char.IsLower(line[i - 1]) && char.IsLower(line[i + 1]))
            {
                var ws = sb.Length;
                while (ws > 0 && char.IsLetter(sb[ws - 1])) ws--;
                var re = i + 1;
                while (re < line.Length && char.IsLetter(line[re])) re++;
                var key = (sb.ToString(ws, sb.Length - ws) + " " + line[(i + 1)..re]).ToLowerInvariant();
                if (FragmentPairs.TryGetValue(key, out var word) && (ws == 0 || !char.IsLetterOrDigit(sb[ws - 1])))
                {
                    var original = sb.ToString(ws, sb.Length - ws) + " " + line[(i + 1)..re];
                    sb.Length = ws;
                    sb.Append(char.IsUpper(original[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                    i = re;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static string? ChooseLigature(string left, string right, WordVocabulary? vocabulary)
    {
        foreach (var lig in Ligatures)
        {
            var w = (left + lig + right).ToLowerInvariant();
            if (KnownSet.Contains(w) || (vocabulary is not null && vocabulary.Contains(w))) return lig;
        }
        return null;
    }
}
