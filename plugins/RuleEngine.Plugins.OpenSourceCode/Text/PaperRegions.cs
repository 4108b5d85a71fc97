using System.Text.RegularExpressions;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenSourceCode.Text;

/// <summary>
/// Which parts of a paper may give positive evidence: the body, the acknowledgements (where authors
/// often say "the code and data are available at …") and the appendix, but not the references or a
/// reproducibility checklist. Uses the document's sections; when the
/// builder found none, falls back to scanning the printed lines for a References / checklist heading.
/// </summary>
internal sealed partial class PaperRegions
{
    private readonly PaperDocument _document;
    private readonly List<(int Start, int End)> _excluded = [];
    private int _appendixStart = int.MaxValue;

    private PaperRegions(PaperDocument document)
    {
        _document = document;
        if (document.Sections.Count > 0)
        {
            foreach (var s in document.Sections)
            {
                if (s.IsBackMatter && s.Kind != SectionKind.Acknowledgements) _excluded.Add((s.Span.Start, s.Kind == SectionKind.References ? EndOfReferences(s.Span) : s.Span.End));
                if ((s.IsInAppendix || s.Kind == SectionKind.Appendix) && s.Span.Start < _appendixStart) _appendixStart = s.Span.Start;
            }
            return;
        }

        int refStart = -1;
        foreach (var line in document.Lines)
        {
            var t = line.Text.Trim();
            if (t.Length == 0 || t.Length > 60) continue;
            if (refStart < 0 && ReferencesHeading().IsMatch(t)) { refStart = line.Start; continue; }
            if (ChecklistHeading().IsMatch(t))
            {
                if (refStart >= 0) { _excluded.Add((refStart, line.Start)); refStart = -1; }
                _excluded.Add((line.Start, document.Text.Length));
                break;
            }
            if (refStart >= 0 && AppendixHeading().IsMatch(t))
            {
                _excluded.Add((refStart, line.Start));
                _appendixStart = Math.Min(_appendixStart, line.Start);
                refStart = -1;
            }
        }
        if (refStart >= 0) _excluded.Add((refStart, document.Text.Length));
    }

    public static PaperRegions Of(PaperDocument document) => new(document);

    /// <summary>Where a References section really ends: at an appendix heading the builder did not split off.</summary>
    private int EndOfReferences(TextSpan span)
    {
        foreach (var line in _document.Lines)
        {
            if (line.Start <= span.Start || line.Start >= span.End) continue;
            var t = line.Text.Trim();
            if (t.Length is > 0 and <= 70 && AppendixHeading().IsMatch(t))
            {
                if (line.Start < _appendixStart) _appendixStart = line.Start;
                return line.Start;
            }
        }
        return span.End;
    }

    /// <summary>True for text in the references or a checklist.</summary>
    public bool IsExcluded(int offset)
    {
        foreach (var (start, end) in _excluded)
            if (offset >= start && offset < end) return true;
        return false;
    }

    public bool IsExcluded(Sentence sentence) => IsExcluded(sentence.Span.Start);

    /// <summary>True for text after the appendix starts.</summary>
    public bool IsAppendix(int offset) => offset >= _appendixStart;

    public PaperDocument Document => _document;

    [GeneratedRegex(@"^(?:\d+\.?\s*)?(?:R\s?EFERENCES|References|Bibliography|BIBLIOGRAPHY|Literature Cited)$")]
    private static partial Regex ReferencesHeading();

    [GeneratedRegex(@"^(?:(?:NeurIPS|ICLR|ICML)\s+)?Paper Checklist$|^Reproducibility Checklist$", RegexOptions.IgnoreCase)]
    private static partial Regex ChecklistHeading();

    [GeneratedRegex(@"^(?:Appendix|APPENDIX|Appendices|APPENDICES|Supplementary Material|SUPPLEMENTARY MATERIAL)\b|^[A-H](?:\.\d+)?\s+[A-Z][A-Za-z\-]+(?:\s+[A-Za-z\-:&]+){0,10}$")]
    private static partial Regex AppendixHeading();
}
