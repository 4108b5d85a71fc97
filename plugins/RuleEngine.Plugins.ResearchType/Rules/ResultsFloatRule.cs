using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.results-float: a table or figure whose caption reports measured values. Uses the floats the
/// document builder found and, when it found none, caption-shaped lines ("Table 2: ...", "Figure 3. ...").
/// </summary>
internal sealed class ResultsFloatRule
{
    public const string Id = "RV0001.results-float";

    private static readonly Regex CaptionLine = new(
        @"^\s*(?:Table|Figure|Fig\.)\s*[0-9]+\s*[:.|]",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly Regex? _measured;

    public ResultsFloatRule(RuleSet rules) => _measured = rules.Pattern(Id);

    public bool IsEnabled => _measured is not null;

    /// <summary>Evidence when a float's caption reports measured values, else null.</summary>
    public Evidence? Inspect(PaperDocument document, DocumentFloat @float)
    {
        if (_measured is null || @float.Kind is not (FloatKind.Table or FloatKind.Figure)) return null;
        if (!_measured.SafeIsMatch(@float.Caption)) return null;
        return @float.Span.Length > 0 ? Evidence.FromSpan(document, @float.Span, Id) : new Evidence(@float.Caption, @float.Page, Id);
    }

    /// <summary>Fallback for documents without floats: caption-shaped lines (with the next line of the caption).</summary>
    public IEnumerable<Evidence> FindCaptionLines(PaperDocument document)
    {
        if (_measured is null || document.Floats.Count > 0) yield break;
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!CaptionLine.SafeIsMatch(line.Text) || document.IsBackMatter(line.Start)) continue;
            var caption = i + 1 < lines.Count && lines[i + 1].Page == line.Page ? line.Text + " " + lines[i + 1].Text : line.Text;
            if (_measured.SafeIsMatch(caption)) yield return Evidence.FromLine(line, Id);
        }
    }
}
