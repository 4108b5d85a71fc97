using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.experiments-section: a section heading that announces empirical work. Looks at the sections
/// the document builder found and, when it found none, at heading-shaped lines (short, capitalised,
/// optionally numbered).
/// </summary>
internal sealed class ExperimentsSectionRule
{
    public const string Id = "RV0001.experiments-section";

    private readonly Regex? _heading;
    private readonly int _maxHeadingLength;

    public ExperimentsSectionRule(RuleSet rules)
    {
        _heading = rules.Pattern(Id);
        _maxHeadingLength = (int)rules.Setting("maxHeadingLength", 70);
    }

    public bool IsEnabled => _heading is not null;

    /// <summary>Evidence for each experiments heading of the paper (main text or appendix, never back matter).</summary>
    public IEnumerable<Evidence> Find(PaperDocument document)
    {
        if (_heading is null) yield break;
        if (document.Sections.Count > 0)
        {
            foreach (var section in document.Sections)
            {
                if (section.IsBackMatter) continue;
                var heading = section.Heading.Trim();
                if (IsHeading(heading))
                {
                    var at = document.Text.IndexOf(heading, section.Span.Start, StringComparison.Ordinal);
                    yield return at >= 0
                        ? Evidence.FromSpan(document, new TextSpan(at, heading.Length), Id)
                        : new Evidence(heading, section.Page, Id, section.Span);
                }
            }
            yield break;
        }
        foreach (var line in document.Lines)
        {
            var text = line.Text.Trim();
            if (text.Length < 5 || text.Length > _maxHeadingLength) continue;
            if (IsHeading(text) && !document.IsBackMatter(line.Start)) yield return Evidence.FromLine(line, Id);
        }
    }

    private bool IsHeading(string text)
    {
        if (text.Length == 0 || text.Length > _maxHeadingLength) return false;
        // A heading starts with a number, a letter label or a capital letter (not a wrapped prose fragment).
        var first = text.TrimStart("0123456789.IVX ".ToCharArray());
        if (first.Length == 0 || !char.IsUpper(first[0])) return false;
        return _heading!.SafeIsMatch(text);
    }
}
