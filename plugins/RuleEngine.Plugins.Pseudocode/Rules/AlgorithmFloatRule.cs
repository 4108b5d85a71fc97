using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>
/// RV0003.algorithm-float: an algorithm float. Uses the floats the document builder classified as
/// algorithms and caption-shaped lines ("Algorithm 2 Robust DP backup", "Procedure 1: …"), and says
/// whether algorithmic lines follow the caption (corroboration). Captions citing someone else's
/// algorithm ("Algorithm 1 of [12]") are skipped.
/// </summary>
internal sealed class AlgorithmFloatRule
{
    public const string Id = "RV0003.algorithm-float";

    private readonly Regex? _caption;
    private readonly Regex? _cited;
    private readonly Regex? _referenceContext;
    private readonly int _window;

    public AlgorithmFloatRule(RuleSet rules)
    {
        _caption = rules.Pattern(Id);
        var cited = rules.Lexicon("citedAlgorithmPatterns");
        _cited = cited.Count > 0 ? RuleSet.Compile(cited) : null;
        var context = rules.Lexicon("referenceContextPatterns");
        _referenceContext = context.Count > 0 ? RuleSet.Compile(context) : null;
        _window = (int)rules.Setting("captionCorroborationWindow", 40);
    }

    public bool IsEnabled => _caption is not null;

    /// <summary>Evidence for a float the builder classified as an algorithm.</summary>
    public Evidence? Inspect(PaperDocument document, DocumentFloat @float)
    {
        if (_caption is null || @float.Kind != FloatKind.Algorithm) return null;
        if (_cited is not null && _cited.SafeIsMatch(@float.Caption) && @float.ContentLines.Count == 0) return null;
        return @float.Span.Length > 0 ? Evidence.FromSpan(document, @float.Span, Id) : new Evidence(@float.Caption, @float.Page, Id);
    }

    /// <summary>How far back a quotation may have opened before a caption-shaped word.</summary>
    private const int QuotationLookback = 400;

    /// <summary>
    /// Whether an offset lies inside quoted text — a prompt, an instruction or an example quoted in the paper
    /// ("“Task: … Procedure: mix the …”"): more opening than closing curly quotes, or an odd number of straight
    /// double quotes, between the start of the paragraph (a blank line, at most <see cref="QuotationLookback"/>
    /// characters back) and the offset. A heading word there is not an algorithm caption.
    /// </summary>
    internal static bool IsInsideQuotation(string text, int offset)
    {
        var start = Math.Max(0, offset - QuotationLookback);
        var paragraph = text.LastIndexOf("\n\n", Math.Max(0, offset - 1), offset - start, StringComparison.Ordinal);
        if (paragraph >= 0) start = paragraph + 2;
        int open = 0, close = 0, straight = 0;
        for (var i = start; i < offset; i++)
        {
            switch (text[i])
            {
                case '\u201C': open++; break;
                case '\u201D': close++; break;
                case '"': straight++; break;
            }
        }
        return open > close || straight % 2 == 1;
    }

    /// <summary>Caption-shaped lines anywhere in the paper, back matter included, each with whether algorithmic lines follow it.</summary>
    public IEnumerable<(Evidence Evidence, bool Corroborated)> FindCaptionLines(PaperDocument document, PseudocodeLineClassifier classifier)
    {
        if (_caption is null) yield break;
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var m = _caption.SafeMatch(line.Text);
            if (!m.Success) continue;
            var rest = line.Text[m.Index..];
            if (_cited is not null && _cited.SafeIsMatch(rest)) continue;
            if (_referenceContext is not null && m.Index > 0 && _referenceContext.SafeIsMatch(line.Text[..m.Index])) continue;
            if (IsInsideQuotation(document.Text, line.Start + m.Index)) continue;
            var strong = 0;
            var any = 0;
            for (var j = i + 1; j < lines.Count && j <= i + _window; j++)
            {
                var kind = classifier.Classify(lines[j].Text);
                if (kind == PseudocodeLineKind.None) continue;
                any++;
                if (PseudocodeLineClassifier.IsStrong(kind)) strong++;
            }
            var span = new TextSpan(line.Start + m.Index, line.Text.Length - m.Index);
            yield return (Evidence.FromSpan(document, span, Id), strong >= 1 && any >= 2);
        }
    }
}
