using System.Text;
using RuleEngine.Document.Links;
using RuleEngine.Document.Text;

namespace RuleEngine.Document.Building;

/// <summary>
/// Writes the document text: the lines of a paragraph joined by single spaces — or by nothing where
/// a URL runs on across the line break or a hyphenated word is rejoined (<see cref="Dehyphenator"/>) —
/// and paragraphs separated by line feeds. Records where each line, paragraph and page starts.
/// </summary>
internal static class TextComposer
{
    /// <summary>Composes the text; returns it with each page's start offset (pages in the given order).</summary>
    public static string Compose(
        IReadOnlyList<WorkLine> lines,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<int> pageNumbers,
        WordVocabulary? vocabulary,
        out int[] pageStarts)
    {
        var capacity = 0;
        foreach (var l in lines) capacity += l.Text.Length + 1;
        var sb = new StringBuilder(capacity + 16);
        pageStarts = new int[pageNumbers.Count];
        var p = 0;
        for (var pi = 0; pi < pageNumbers.Count; pi++)
        {
            var number = pageNumbers[pi];
            var hasContent = p < paragraphs.Count && paragraphs[p].Page == number;
            if (hasContent && sb.Length > 0) sb.Append('\n');
            pageStarts[pi] = sb.Length;
            var firstOnPage = true;
            while (p < paragraphs.Count && paragraphs[p].Page == number)
            {
                if (!firstOnPage) sb.Append('\n');
                firstOnPage = false;
                AppendParagraph(sb, lines, paragraphs[p], vocabulary);
                p++;
            }
        }
        return sb.ToString();
    }

    private static void AppendParagraph(StringBuilder sb, IReadOnlyList<WorkLine> lines, Paragraph para, WordVocabulary? vocabulary)
    {
        para.Start = sb.Length;
        for (var i = para.FirstLine; i <= para.LastLine; i++)
        {
            var l = lines[i];
            if (i > para.FirstLine)
            {
                var prev = lines[i - 1];
                switch (JoinOf(prev.Text, l.Text, vocabulary))
                {
                    case LineJoin.Space: sb.Append(' '); break;
                    case LineJoin.DropHyphen: sb.Length--; break;
                    case LineJoin.Glue: break;
                }
            }
            l.Start = sb.Length;
            sb.Append(l.Text);
        }
        para.End = sb.Length;
    }

    private enum LineJoin { Space, Glue, DropHyphen }

    private static LineJoin JoinOf(string prev, string next, WordVocabulary? vocabulary)
    {
        if (UrlFinder.ContinuesAcrossLines(prev, next)) return LineJoin.Glue;
        if (Dehyphenator.EndsWithHyphen(prev))
        {
            return Dehyphenator.Join(prev, next, vocabulary) switch
            {
                HyphenJoin.RemoveHyphen => LineJoin.DropHyphen,
                HyphenJoin.KeepHyphen => LineJoin.Glue,
                _ => LineJoin.Space,
            };
        }
        return LineJoin.Space;
    }
}
