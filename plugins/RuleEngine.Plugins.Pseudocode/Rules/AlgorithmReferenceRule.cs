using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>
/// RV0003.algorithm-reference: a body sentence that refers to the paper's own algorithm block or
/// pseudocode ("as shown in Algorithm 1", "the pseudo-code is given in Algorithm 2"). A reference followed
/// by a citation ("Algorithm 1 of [12]", "line 5 of Algorithm 2 in [3]") is someone else's algorithm; one
/// placed in an appendix ("Algorithm 1 in the Appendix", "pseudocode … in Appendix B") when the PDF holds no
/// appendix is elsewhere, like one in the supplementary material.
/// </summary>
internal sealed partial class AlgorithmReferenceRule
{
    [GeneratedRegex(@"\b(?:in|of|see)\s+(?:the\s+)?(?:appendix|appendices)\b|\bAppendix\s+[A-Z0-9]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppendixMentionPattern();

    private static readonly Regex AppendixMention = AppendixMentionPattern();

    public const string Id = "RV0003.algorithm-reference";

    private readonly Regex? _pattern;
    private readonly Regex? _cited;
    private readonly Regex? _elsewhere;

    public AlgorithmReferenceRule(RuleSet rules)
    {
        _pattern = rules.Pattern(Id);
        var cited = rules.Lexicon("citedAlgorithmPatterns");
        _cited = cited.Count > 0 ? RuleSet.Compile(cited) : null;
        var elsewhere = rules.Lexicon("pseudocodeElsewherePatterns");
        _elsewhere = elsewhere.Count > 0 ? RuleSet.Compile(elsewhere) : null;
    }

    public Evidence? Inspect(Sentence sentence, PaperDocument document)
    {
        if (_pattern is null) return null;
        if (AppendixMention.IsMatch(sentence.Text) && !document.Sections.Any(s => s.Kind == SectionKind.Appendix || s.IsInAppendix)) return null;
        foreach (Match m in _pattern.SafeMatches(sentence.Text))
        {
            var after = sentence.Text[m.Index..];
            if (_cited is not null && _cited.SafeIsMatch(after)) continue;
            if (_elsewhere is not null && _elsewhere.SafeIsMatch(sentence.Text)) continue;
            return Evidence.FromMatch(sentence, m.Index, m.Length, Id);
        }
        return null;
    }
}
