using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>
/// RV0003.code-listing: a listing of program code — a float the builder classified as a listing, a
/// "Listing N" caption, or a cluster of code lines (lexicon codeLinePatterns).
/// </summary>
internal sealed class CodeListingRule
{
    public const string Id = "RV0003.code-listing";

    private readonly Regex? _caption;
    private readonly Regex? _codeLine;
    private readonly int _window;
    private readonly int _minLines;

    public CodeListingRule(RuleSet rules)
    {
        _caption = rules.Pattern(Id);
        var code = rules.Lexicon("codeLinePatterns");
        _codeLine = _caption is not null && code.Count > 0 ? new Regex("(?:" + string.Join(")|(?:", code) + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250)) : null;
        _window = (int)rules.Setting("codeWindow", 20);
        _minLines = (int)rules.Setting("codeMinLines", 4);
    }

    public Evidence? Inspect(PaperDocument document, DocumentFloat @float)
    {
        if (_caption is null || @float.Kind != FloatKind.Listing) return null;
        return @float.Span.Length > 0 ? Evidence.FromSpan(document, @float.Span, Id) : new Evidence(@float.Caption, @float.Page, Id);
    }

    /// <summary>Listing captions and code-line clusters anywhere in the paper, back matter included: evidence and whether it was a caption.</summary>
    public IEnumerable<(Evidence Evidence, bool Caption)> Find(PaperDocument document)
    {
        if (_caption is null) yield break;
        var lines = document.Lines;
        var code = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (_caption.SafeIsMatch(lines[i].Text)) yield return (Evidence.FromLine(lines[i], Id), true);
            code[i] = _codeLine is not null && lines[i].Text.Length < 160 && _codeLine.SafeIsMatch(lines[i].Text);
        }
        var start = 0;
        while (start < lines.Count)
        {
            if (!code[start]) { start++; continue; }
            var count = 0;
            var last = start;
            for (var j = start; j < lines.Count && j < start + _window; j++)
                if (code[j]) { count++; last = j; }
            if (count >= _minLines)
            {
                yield return (Evidence.FromLine(lines[start], Id), false);
                start = last + 1;
            }
            else
            {
                start++;
            }
        }
    }
}
