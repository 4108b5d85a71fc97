using System.Text.RegularExpressions;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.SoftwareDependencies;

/// <summary>
/// Where the paper's own content is: everything except references, acknowledgements and checklists.
/// Uses <see cref="PaperDocument.Sections"/> when the builder found them, else heading-shaped lines.
/// </summary>
internal sealed class PaperRegions
{
    private static readonly Regex BackMatterHeading = new(
        @"^\s*(?:[0-9]+\.?\s*)?(?:references|bibliography|acknowledge?ments?|literature\s+cited|works\s+cited|neurips\s+paper\s+checklist|paper\s+checklist)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AppendixHeading = new(
        @"^\s*(?:(?:appendix|appendices|supplementary\s+material|supplemental\s+material)\b.{0,60}|[A-H](?:\.[0-9]+)*\.?\s+[A-Z][A-Za-z-]+(?:\s+[A-Za-z-]+){0,6})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly List<TextSpan> _backMatter = [];

    public PaperRegions(PaperDocument document)
    {
        if (document.Sections.Count > 0)
        {
            foreach (var s in document.Sections)
                if (s.IsBackMatter) _backMatter.Add(s.Span);
            return;
        }

        // Fallback: a "References" line starts back matter; an appendix heading ends it.
        var start = -1;
        foreach (var line in document.Lines)
        {
            var text = line.Text;
            if (text.Length > 90) continue;
            if (start < 0)
            {
                if (BackMatterHeading.IsMatch(text)) start = line.Start;
            }
            else if (line.Start - start > 200 && AppendixHeading.IsMatch(text))
            {
                _backMatter.Add(TextSpan.FromBounds(start, line.Start));
                start = -1;
            }
        }
        if (start >= 0) _backMatter.Add(TextSpan.FromBounds(start, document.Text.Length));
    }

    /// <summary>Whether an offset lies in references, acknowledgements or a checklist.</summary>
    public bool IsBackMatter(int offset)
    {
        foreach (var span in _backMatter)
            if (span.Contains(offset)) return true;
        return false;
    }
}
