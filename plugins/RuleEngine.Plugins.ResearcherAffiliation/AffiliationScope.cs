using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearcherAffiliation;

/// <summary>
/// The lines where affiliations are printed: the title block (from the builder's <see cref="TitleBlock"/>
/// when it found one, else the lines of the first page before the abstract or introduction) and the
/// affiliation footnotes of the first page. A cover sheet (repository or proceedings front page) moves
/// the title block to the next pages.
/// </summary>
internal sealed class AffiliationScope
{
    private static readonly Regex AbstractOrIntro = new(
        @"^\s*(?:abstract|a\s*b\s*s\s*t\s*r\s*a\s*c\s*t|(?:1|I)\.?\s*introduction|introduction)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly Regex? _coverPattern;
    private readonly Regex? _footnotePattern;
    private readonly int _maxTitleBlockLines;

    public AffiliationScope(RuleSet rules)
    {
        _coverPattern = rules.Lexicon("coverSheetPatterns") is { Count: > 0 } cover ? RuleSet.Compile(cover) : null;
        _footnotePattern = rules.Lexicon("footnotePatterns") is { Count: > 0 } foot ? RuleSet.Compile(foot) : null;
        _maxTitleBlockLines = (int)rules.Setting("maxTitleBlockLines", 40);
    }

    public List<DocumentLine> Lines(PaperDocument document)
    {
        var result = new List<DocumentLine>();
        var seen = new HashSet<int>();
        var title = document.TitleBlock.Title.Trim();
        void Add(DocumentLine line)
        {
            if (line.Text.Trim().Length < 2) return;
            if (title.Length > 0 && title.Contains(line.Text.Trim(), StringComparison.Ordinal)) return;
            if (seen.Add(line.Start)) result.Add(line);
        }

        var coverPattern = _coverPattern;
        var footnotePattern = _footnotePattern;
        var maxTitleBlockLines = _maxTitleBlockLines;

        // The page holding the title block: page 1, or a later one when page 1 is a cover sheet.
        var titlePage = 1;
        var lines = document.Lines;
        if (coverPattern is not null)
        {
            var firstPage = lines.Where(l => l.Page == 1).Select(l => l.Text);
            if (firstPage.Any(t => coverPattern.SafeIsMatch(t)))
            {
                for (var p = 2; p <= Math.Min(3, document.PageCount); p++)
                {
                    titlePage = p;
                    if (!lines.Where(l => l.Page == p).Any(l => coverPattern.SafeIsMatch(l.Text))) break;
                }
            }
        }

        var bodyStart = int.MaxValue;
        for (var page = 1; page <= titlePage; page++)
        {
            var pageLines = lines.Where(l => l.Page == page).ToList();
            var end = pageLines.FindIndex(l => AbstractOrIntro.SafeIsMatch(l.Text));
            if (end < 0) end = Math.Min(pageLines.Count, maxTitleBlockLines);
            end = Math.Min(end, maxTitleBlockLines + 10);
            if (page == titlePage && end < pageLines.Count) bodyStart = pageLines[end].Start;
            if (page == titlePage || document.TitleBlock.Lines.Count == 0)
                for (var i = 0; i < end; i++) Add(pageLines[i]);
            if (page == titlePage && footnotePattern is not null)
                for (var i = end; i < pageLines.Count; i++)
                    if (footnotePattern.SafeIsMatch(pageLines[i].Text)) Add(pageLines[i]);
        }

        // The builder's title block: lines above the abstract count; lines below it only when they look like footnotes
        // (a title-block parser may take the last body line of the page for a footnote).
        foreach (var line in document.TitleBlock.Lines.Concat(document.TitleBlock.Affiliations))
            if (line.Start < bodyStart || (footnotePattern is not null && footnotePattern.SafeIsMatch(line.Text))) Add(line);
        return result;
    }
}
