using System.Text.RegularExpressions;
using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Turns caption paragraphs into <see cref="DocumentFloat"/>s and collects, best effort, the lines of
/// each float's body: for algorithms and listings the lines after the caption (numbered lines,
/// Require/Input/for/while/return…); for tables the lines after a caption above the table (or before
/// a caption below it); for figures the lines before the caption. Collection stops at a heading,
/// another caption, a page break, or a paragraph of running text.
/// </summary>
internal static partial class FloatFinder
{
    private const int MaxContentLines = 80;

    [GeneratedRegex(@"^(?:\d{1,3}[:.]?\s|(?:Require|Ensure|Input|Output|Initiali[sz]e|Parameters?|Return|Returns|Given|Data|Result|Procedure|Function|Repeat|Until|Step \d+)\b|(?:for|while|if|else|elif|end|return|repeat|until|do|def|foreach|parfor|loop|break|continue|procedure|function|let|set|compute|update|sample|draw|initialize|output|yield)\b|[{}]|//|#)", RegexOptions.IgnoreCase)]
    private static partial Regex AlgorithmicLine();

    public static List<DocumentFloat> Find(
        IReadOnlyList<WorkLine> lines,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<DocumentLine> docLines,
        string text,
        LayoutStatistics stats)
    {
        var floats = new List<DocumentFloat>();
        foreach (var p in paragraphs)
        {
            var first = lines[p.FirstLine];
            var caption = first.Caption;
            if (caption is null) continue;

            var content = caption.Kind switch
            {
                FloatKind.Algorithm or FloatKind.Listing => After(lines, paragraphs, p, stats, algorithmic: true),
                FloatKind.Table => After(lines, paragraphs, p, stats, algorithmic: false) is { Count: > 0 } after ? after : Before(lines, paragraphs, p, stats),
                _ => Before(lines, paragraphs, p, stats),
            };
            var contentLines = content.Select(i => docLines[i]).ToList();
            var span = TextSpan.FromBounds(p.Start, p.End);
            floats.Add(new DocumentFloat(
                caption.Kind,
                caption.Label,
                text.Substring(span.Start, span.Length),
                string.Join('\n', contentLines.Select(l => l.Text)),
                p.Page,
                span,
                contentLines));
        }
        // A bare label ("Algorithm 4" inside a drawing) next to a real caption with the same label is not a float of its own.
        floats.RemoveAll(f => f.Caption == f.Label
            && floats.Any(g => !ReferenceEquals(f, g) && g.Kind == f.Kind && g.Label == f.Label && g.Caption != g.Label));
        return floats;
    }

    /// <summary>Lines of the paragraphs after the caption, until running text, a heading, a caption or the page end.</summary>
    private static List<int> After(IReadOnlyList<WorkLine> lines, IReadOnlyList<Paragraph> paragraphs, Paragraph caption, LayoutStatistics stats, bool algorithmic)
    {
        var result = new List<int>();
        for (var q = caption.Index + 1; q < paragraphs.Count && result.Count < MaxContentLines; q++)
        {
            var para = paragraphs[q];
            var head = lines[para.FirstLine];
            if (para.Page != caption.Page || head.Heading is not null || head.Caption is not null) break;
            if (IsRunningText(lines, para, stats) && !(algorithmic && AlgorithmicLine().IsMatch(head.Text))) break;
            for (var i = para.FirstLine; i <= para.LastLine && result.Count < MaxContentLines; i++) result.Add(i);
        }
        return result;
    }

    /// <summary>Lines of the paragraphs before the caption, back to running text, a heading, a caption or the page start.</summary>
    private static List<int> Before(IReadOnlyList<WorkLine> lines, IReadOnlyList<Paragraph> paragraphs, Paragraph caption, LayoutStatistics stats)
    {
        var result = new List<int>();
        for (var q = caption.Index - 1; q >= 0 && result.Count < MaxContentLines; q--)
        {
            var para = paragraphs[q];
            var head = lines[para.FirstLine];
            if (para.Page != caption.Page || head.Heading is not null || head.Caption is not null) break;
            if (IsRunningText(lines, para, stats)) break;
            for (var i = para.LastLine; i >= para.FirstLine && result.Count < MaxContentLines; i--) result.Add(i);
        }
        result.Reverse();
        return result;
    }

    /// <summary>A paragraph of prose: mostly long lines of words.</summary>
    public static bool IsRunningText(IReadOnlyList<WorkLine> lines, Paragraph p, LayoutStatistics stats)
    {
        if (p.LineCount == 1)
        {
            var l = lines[p.FirstLine];
            return !stats.IsShort(l, 0.8) && IsProse(l.Text, 10) && l.Text.Length > 0 && l.Text[^1] is '.' or '!' or '?' or ':';
        }
        var considered = 0;
        var prose = 0;
        for (var i = p.FirstLine; i <= p.LastLine; i++)
        {
            if (i == p.LastLine && considered > 0) break; // a paragraph's last line is often short
            considered++;
            var l = lines[i];
            if (!stats.IsShort(l, 0.8) && IsProse(l.Text, 6)) prose++;
        }
        return prose >= 0.6 * considered;
    }

    /// <summary>A line of words (not numbers or symbols): at least <paramref name="minWords"/> words, 70% of them alphabetic.</summary>
    public static bool IsProse(string text, int minWords)
    {
        var words = 0;
        var alphaWords = 0;
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            var letters = w.Count(char.IsLetter);
            if (letters >= 0.7 * w.Length && letters >= 2) alphaWords++;
        }
        return words >= minWords && alphaWords >= 0.7 * words;
    }
}
