using System.Text.RegularExpressions;
using RuleEngine.Document.Building;
using RuleEngine.Document.Links;
using RuleEngine.Document.Text;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Groups lines into paragraphs. A new paragraph starts at a page, a heading (and right after it), a
/// caption, a blank line, a change of font size, a large vertical gap (unless a sentence visibly
/// continues across it), a change of column after a finished sentence, an indented first line, a
/// list item, an algorithm line ("3:", "Require:"), a footnote, or after a short line that ends a
/// sentence or opens a list (". : ? !").
/// </summary>
internal static partial class ParagraphAssembler
{
    [GeneratedRegex(@"^(?:[•◦▪▫■□●○‣∙⋄►▶➢✓✗–—]\s|-\s|\*\s|\(\w{1,3}\)\s|\d{1,2}[.)]\s+\p{Lu}|\d{1,3}:\s|(?:Require|Ensure|Input|Output|Initialize|Initialise|Parameters?|Return)s?\s*:)")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?:[∗*†‡§¶]+\s?\S|\d{1,2}\s?(?:https?://|www\.)|\d{1,2}(?=\p{Lu}\p{Ll}))")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?:\d{1,3}:\s|(?:Require|Ensure|Input|Output)s?\s*:)")]
    private static partial Regex AlgorithmLineStart();

    [GeneratedRegex(@"^\d{1,2}\s(?=\p{Lu}\p{Ll}|https?://|www\.)")]
    private static partial Regex SpacedFootnoteStart();

    public static List<Paragraph> Assemble(IReadOnlyList<WorkLine> lines, LayoutStatistics stats)
    {
        var paragraphs = new List<Paragraph>();
        Paragraph? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var prev = i > 0 ? lines[i - 1] : null;
            if (current is null || prev is null || StartsParagraph(prev, l, stats))
            {
                current = new Paragraph(paragraphs.Count, l.Page, i);
                paragraphs.Add(current);
            }
            else current.LastLine = i;
            l.Paragraph = current.Index;
        }
        return paragraphs;
    }

    /// <summary>Whether <paramref name="l"/> starts a new paragraph after <paramref name="prev"/>.</summary>
    public static bool StartsParagraph(WorkLine prev, WorkLine l, LayoutStatistics stats)
    {
        if (l.Page != prev.Page || l.BreakBefore) return true;
        if (l.ContinuesHeading) return false;
        if (l.Heading is not null || prev.Heading is not null || prev.ContinuesHeading) return true;
        if (l.Caption is not null) return true;
        if (prev.FontSize > 0 && l.FontSize > 0 && Math.Abs(l.FontSize - prev.FontSize) >= 1.0) return true;

        var prevEnds = EndsSentence(prev.Text);
        var columnChange = l.Column != prev.Column || l.Y < prev.Y - 0.5 * stats.LineSpacing;
        if (columnChange) return prevEnds || stats.IsShort(prev, 0.6);

        var gap = l.Y - prev.Y;
        if (gap > 1.5 * Math.Max(stats.LineSpacing, 0.9 * l.FontSize))
        {
            // A sentence visibly going on across a display equation or float: keep it together.
            var continues = !prevEnds && l.Text.Length > 0 && char.IsLower(l.Text[0]);
            if (!continues) return true;
        }

        if (UrlFinder.ContinuesAcrossLines(prev.Text, l.Text)) return false;
        if (AlgorithmLineStart().IsMatch(l.Text)) return true; // "3: for t = 1 to T do", "Require: …"

        var margin = stats.LeftMargin(l.Page, l.Column);
        var indent = l.X - margin;
        var prevIndent = prev.X - margin;
        if (indent >= 4 && indent <= 40 && prevIndent < 2 && prevEnds) return true;

        if (ItemStart().IsMatch(l.Text) && (prevEnds || prev.Text.EndsWith(':') || prev.Text.EndsWith(',') || stats.IsShort(prev, 0.85)
                                            || ItemStart().IsMatch(prev.Text)))
            return true;
        if (FootnoteStart().IsMatch(l.Text) && (prevEnds || stats.IsShort(prev, 0.85) || l.FontSize < prev.FontSize)) return true;
        // "3 In the current implementation …": a numbered footnote in footnote type after another footnote.
        if (SpacedFootnoteStart().IsMatch(l.Text) && (!stats.HasFontInfo || l.FontSize < stats.BodyFontSize - 0.5)
            && (prevEnds || stats.IsShort(prev, 0.85)))
            return true;

        if (stats.IsShort(prev) && (prevEnds || prev.Text.EndsWith(':'))) return true;
        // Runs of short lines (title block, table rows, algorithm lines, figure labels) stay line by line.
        if (stats.IsShort(prev) && stats.IsShort(l) && !Dehyphenator.EndsWithHyphen(prev.Text)) return true;
        return false;
    }

    private static bool EndsSentence(string t)
    {
        if (t.Length == 0) return true;
        var c = t[^1];
        if (c is '.' or '!' or '?' or ':') return true;
        if (c is ')' or '"' or '\u201D' or '\'' or '\u2019' or ']' && t.Length > 1) return t[^2] is '.' or '!' or '?';
        return false;
    }
}
