using System.Text.RegularExpressions;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Text-only test of whether a line reads like a section heading: numbered ("3 Experiments",
/// "3.2 Setup", "1. Introduction", "IV. RESULTS", "A.1 Proofs", "Appendix A"), a known unnumbered
/// name ("Abstract", "References", "NeurIPS Paper Checklist"), or a run-in abstract ("Abstract—We …").
/// Rejects what numbered list items, table rows, equation lines and affiliation lines look like.
/// Context (font, position, numbering sequence) is judged by <see cref="HeadingDetector"/>.
/// </summary>
public static partial class HeadingPatterns
{
    /// <summary>Standard names safe to accept on their own line.</summary>
    private static readonly HashSet<string> StrongNames = new(StringComparer.Ordinal)
    {
        "abstract", "introduction", "references", "bibliography", "literature cited", "appendix", "appendices",
        "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement",
        "acknowledgments and disclosure of funding", "acknowledgements and disclosure of funding",
        "related work", "related works", "related literature", "prior work", "previous work",
        "conclusion", "conclusions", "concluding remarks", "conclusion and future work", "conclusions and future work",
        "conclusion and discussion", "discussion and conclusion", "discussion and conclusions", "conclusions and discussion",
        "limitations", "limitations and future work", "broader impact", "broader impacts", "broader impact statement",
        "societal impact", "societal impacts", "ethics statement", "ethical statement", "reproducibility statement",
        "impact statement", "neurips paper checklist", "paper checklist", "checklist", "reproducibility checklist",
        "supplementary material", "supplementary materials", "supplemental material", "supplementary",
        "author contributions", "funding", "data availability", "code availability",
    };

    /// <summary>Standard names that also occur as table headers or figure labels: accepted with a font cue or in plain text.</summary>
    private static readonly HashSet<string> WeakNames = new(StringComparer.Ordinal)
    {
        "experiments", "experiment", "experimental setup", "experimental results", "experimental evaluation",
        "experimental settings", "experimental details", "experiments and results", "results", "results and discussion",
        "evaluation", "empirical evaluation", "empirical results", "methods", "method", "methodology", "approach",
        "our approach", "proposed method", "discussion", "background", "preliminaries", "future work", "summary",
        "problem formulation", "problem setting", "problem statement", "setup", "analysis", "theoretical analysis",
        "main results", "model", "algorithm", "datasets", "implementation details", "motivation", "overview",
        "notation", "proofs", "simulations", "numerical experiments", "case study", "ablation study", "ablation studies",
    };

    /// <summary>Words a heading may end with followed by a number ("Proof of Lemma 3", "Task 2").</summary>
    private static readonly HashSet<string> NumberedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "task", "step", "phase", "lemma", "theorem", "proposition", "corollary", "case", "part", "definition", "example",
        "assumption", "appendix", "section", "experiment", "dataset", "stage", "level", "type", "setting", "round",
        "problem", "question", "exercise", "algorithm", "claim", "fact", "remark", "table", "figure", "eq.", "equation",
        "condition", "property", "version", "study", "scenario", "model", "method", "game", "domain", "environment",
    };

    private static readonly string[] AffiliationWords =
    [
        "University", "Universit", "Institute", "Institut", "Department", "Dept.", "College", "School of", "Laborator",
        "Inc.", "Ltd", "GmbH", "Corporation", "Academy of", "Hospital", "Research Group", "Research Center", "Research Centre", "@",
    ];

    /// <summary>Runs of spaced small capitals as PDF extraction gives them: "I NTRODUCTION" → "INTRODUCTION".</summary>
    [GeneratedRegex(@"\b([A-Z]) (?=[A-Z]{2,}\b)")]
    private static partial Regex SmallCapsGap();

    [GeneratedRegex(@"^§?\s?(?<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.?\s+|\.(?=\p{Lu}))(?<title>\S.*)$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<num>[IVX]{1,5})\.\s*(?<title>\p{Lu}.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<letter>[A-Z])(?<sub>(?:\.\d{1,2}){0,3})(?:\.?\s+|\.?\s*[:—–]\s*)(?<title>\p{Lu}.*)$")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(?<kw>Appendix|APPENDIX|Appendices|APPENDICES|Supplementary Material|SUPPLEMENTARY MATERIAL)(?:\s+(?<letter>[A-Z])(?<sub>(?:\.\d{1,2}){0,3}))?(?:\s*[:.—–-]\s*(?<title>\S.*)|\s+(?<title>\p{Lu}.*))?$")]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^(?<kw>Abstract|ABSTRACT|Acknowledge?ments?|ACKNOWLEDGE?MENTS?)\s*(?:[—–:.]|-{1,2})\s*(?<rest>\S.{10,})$")]
    private static partial Regex RunIn();

    [GeneratedRegex(@"[=+<>≤≥∈∑∫×^_{}\\|←→≈∝∼]")]
    private static partial Regex MathChars();

    [GeneratedRegex(@"\.\s?\.\s?\.|…")]
    private static partial Regex DotLeaders();

    [GeneratedRegex(@"\p{Ll}{2}[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceInside();

    /// <summary>Closes up small capitals split by extraction: "5 E XPERIMENTS" → "5 EXPERIMENTS".</summary>
    public static string CloseSmallCaps(string text) => text.Contains(' ') ? SmallCapsGap().Replace(text, "$1") : text;

    /// <summary>Lower-case canonical title for name lookup: small caps closed up, trailing punctuation and spacing dropped.</summary>
    public static string Canonical(string title)
    {
        var t = SmallCapsGap().Replace(title.Trim(), "$1");
        t = t.TrimEnd(':', '.', ' ');
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>Whether a canonical title is a standard section name.</summary>
    public static bool IsKnownName(string canonicalTitle, out bool strong)
    {
        strong = StrongNames.Contains(canonicalTitle);
        return strong || WeakNames.Contains(canonicalTitle);
    }

    /// <summary>The heading a line's text could be, or null.</summary>
    public static HeadingMatch? Match(string line)
    {
        var text = line.Trim();
        if (text.Length is < 3 or > 110) return null;
        var c0 = text[0];
        if (!char.IsDigit(c0) && !char.IsUpper(c0) && c0 != '§') return null;
        var closed = text.Contains(' ') ? SmallCapsGap().Replace(text, "$1") : text;
        if (char.IsDigit(c0) || c0 == '§') return MatchNumeric(text, closed);

        // Run-in abstract / acknowledgements: "Abstract—We propose …".
        var r = RunIn().Match(closed);
        if (r.Success)
        {
            var kw = r.Groups["kw"].Value;
            return new HeadingMatch(kw, kw, HeadingNumbering.None, [], true, true, IsRunIn: true);
        }

        // Known unnumbered names on their own line.
        if (closed.Length <= 60)
        {
            var canonical = Canonical(closed);
            if (IsKnownName(canonical, out var strong))
                return new HeadingMatch(text, text, HeadingNumbering.None, [], true, strong);
        }

        var a = AppendixHeading().Match(closed);
        if (a.Success)
        {
            var title = a.Groups["title"].Success ? a.Groups["title"].Value : "";
            if (title.Length > 0 && Shape(title) == TitleShape.NotTitle) return null;
            var number = new List<int>();
            if (a.Groups["letter"].Success) number.Add(a.Groups["letter"].Value[0] - 'A' + 1);
            AddSubNumbers(a.Groups["sub"].Value, number);
            return new HeadingMatch(text, title.Length > 0 ? title : text, HeadingNumbering.Appendix, number, true, true);
        }

        var ro = Roman().Match(closed);
        if (ro.Success)
        {
            var title = ro.Groups["title"].Value;
            var shape = Shape(title);
            if (shape == TitleShape.NotTitle || HasInitialOrComma(title)) return null;
            var known = IsKnownName(Canonical(title), out var s);
            if (!known && title.Any(char.IsLower)) return null; // IEEE headings are capitals; "V. Vapnik" is a name
            return new HeadingMatch(text, title, HeadingNumbering.Roman, [RomanValue(ro.Groups["num"].Value)], known, s,
                NeedsFontCue: shape == TitleShape.TitleIfFontSaysSo && !known);
        }

        return MatchLetteredCore(text, closed);
    }

    /// <summary>
    /// The line read as a lettered heading whose letter stands apart from a title in capitals ("A NEURAL ARCHITECTURES"),
    /// which <see cref="Match"/> closes up as small capitals ("ANEURAL …"); for appendix context, where letters number sections.
    /// </summary>
    public static HeadingMatch? MatchLetterBeforeCapitals(string line)
    {
        var text = line.Trim();
        if (text.Length is < 4 or > 110 || !char.IsUpper(text[0]) || text[1] != ' ' || !char.IsUpper(text[2])) return null;
        return MatchLetteredCore(text, CloseSmallCapsAfterLetter(text));
    }

    /// <summary>Small capitals closed up after a section letter, which stays apart: "B CODE & V ISUAL S TREAMS" → "B CODE & VISUAL STREAMS".</summary>
    public static string CloseSmallCapsAfterLetter(string text) => text[..2] + CloseSmallCaps(text[2..]);

    private static HeadingMatch? MatchLetteredCore(string text, string closed)
    {
        var le = Lettered().Match(closed);
        if (!le.Success) return null;
        var title = le.Groups["title"].Value;
        var shape = Shape(title);
        if (shape == TitleShape.NotTitle || HasInitialOrComma(title)) return null;
        var number = new List<int> { le.Groups["letter"].Value[0] - 'A' + 1 };
        AddSubNumbers(le.Groups["sub"].Value, number);
        var known = IsKnownName(Canonical(title), out var s);
        return new HeadingMatch(text, title, HeadingNumbering.Letter, number, known, s, NeedsFontCue: shape == TitleShape.TitleIfFontSaysSo && !known);
    }

    private static HeadingMatch? MatchNumeric(string text, string closed)
    {
        var n = Numeric().Match(closed);
        if (!n.Success) return null;
        var parts = n.Groups["num"].Value.Split('.').Select(int.Parse).ToList();
        var title = n.Groups["title"].Value;
        var shape = Shape(title);
        if (parts[0] == 0 || shape == TitleShape.NotTitle) return null;
        var known = IsKnownName(Canonical(title), out var s);
        return new HeadingMatch(text, title, HeadingNumbering.Numeric, parts, known, s, NeedsFontCue: shape == TitleShape.TitleIfFontSaysSo && !known);
    }

    /// <summary>
    /// An unnumbered line that could be a heading in a paper whose headings carry no numbers (Nature style:
    /// "Supervised learning of policy networks"): a strict title of at most ten words, no digits, no end punctuation.
    /// </summary>
    public static HeadingMatch? MatchUnnumbered(string line)
    {
        var text = line.Trim();
        if (text.Length is < 4 or > 80 || !char.IsUpper(text[0]) || text.Any(char.IsDigit)) return null;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10 || text.Contains(',')) return null;
        if (Shape(text) != TitleShape.Title) return null;
        var known = IsKnownName(Canonical(text), out var strong);
        return new HeadingMatch(text, text, HeadingNumbering.None, [], known, strong);
    }

    /// <summary>Whether the text after a heading number reads like a title and not like a list item, table row, equation or affiliation.</summary>
    public static bool IsTitleLike(string title) => Shape(title) == TitleShape.Title;

    private enum TitleShape { NotTitle, Title, TitleIfFontSaysSo }

    /// <summary>
    /// Title, not a title, or a title only when set in a heading font (it ends in "." or ":", or has a long
    /// run of lower-case words, as list items and sentences do).
    /// </summary>
    private static TitleShape Shape(string title) => ShapeCore(title.Trim());

    private static TitleShape ShapeCore(string title)
    {
        if (title.Length is < 2 or > 95) return TitleShape.NotTitle;
        // Starts with a capital ("Experiments"), or with a symbol before one ("∃-STRIPS Language").
        if (!char.IsUpper(title[0]))
        {
            if (char.IsLetterOrDigit(title[0]) || title[0] is '(' or '[' or '"' or '\'' or '-' or '.' or ',') return TitleShape.NotTitle;
            var firstLetter = title.FirstOrDefault(char.IsLetter);
            if (firstLetter == default || !char.IsUpper(firstLetter)) return TitleShape.NotTitle;
        }
        // Two sentences on one line: a run-in paragraph ("2. First pass … problems. Next we").
        if (SentenceInside().IsMatch(title)) return TitleShape.NotTitle;
        var soft = false;
        var last = title[^1];
        if (last is ',' or ';' or '-') return TitleShape.NotTitle;
        if (last is '.' or ':')
        {
            soft = true;
            title = title.TrimEnd('.', ':', ' ');
            if (title.Length < 2) return TitleShape.NotTitle;
        }
        if (MathChars().IsMatch(title) || DotLeaders().IsMatch(title)) return TitleShape.NotTitle;
        foreach (var w in AffiliationWords)
            if (title.Contains(w, StringComparison.Ordinal)) return TitleShape.NotTitle;

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16) return TitleShape.NotTitle;
        if (words.Length > 12) soft = true;
        int letters = 0, others = 0, numbers = 0;
        foreach (var c in title)
        {
            if (char.IsLetter(c)) letters++;
            else if (!char.IsWhiteSpace(c)) others++;
        }
        if (letters < 2 || letters < 0.6 * (letters + others)) return TitleShape.NotTitle;
        foreach (var w in words)
        {
            var bare = w.Trim('(', ')', '[', ']', ',', '%');
            if (bare.Length == 0) continue;
            var numeric = true;
            foreach (var c in bare)
                if (!char.IsDigit(c) && c is not '.' and not ',') { numeric = false; break; }
            if (!numeric) continue;
            if (bare.Contains('.')) return TitleShape.NotTitle; // "0.52": a table row
            numbers++;
        }
        if (numbers > 1) return TitleShape.NotTitle;
        if (words.Length >= 2 && numbers == 1 && char.IsDigit(words[^1][0]) && !char.IsLetter(words[^1][^1])
            && !NumberedThings.Contains(words[^2]))
            return TitleShape.NotTitle; // "Experiments 15": a table of contents line
        // A sentence that happens to start with a number: many lower-case function words in a row.
        var lowerRun = 0;
        var maxLowerRun = 0;
        foreach (var w in words)
        {
            if (char.IsLower(w[0])) { lowerRun++; maxLowerRun = Math.Max(maxLowerRun, lowerRun); }
            else lowerRun = 0;
        }
        if (words.Length >= 8 && maxLowerRun >= 6) soft = true;
        return soft ? TitleShape.TitleIfFontSaysSo : TitleShape.Title;
    }

    [GeneratedRegex(@"(?:^|\s)\p{Lu}\.(?:\s|$)|,")]
    private static partial Regex InitialOrComma();

    /// <summary>"Smith, J." or "A. Krizhevsky": an author list, not a heading.</summary>
    private static bool HasInitialOrComma(string title) => InitialOrComma().IsMatch(title);

    private static void AddSubNumbers(string sub, List<int> number)
    {
        if (string.IsNullOrEmpty(sub)) return;
        foreach (var p in sub.Split('.', StringSplitOptions.RemoveEmptyEntries)) number.Add(int.Parse(p));
    }

    private static int RomanValue(string s)
    {
        int total = 0, prev = 0;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            var v = s[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }
}
