using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenSourceCode.Text;

/// <summary>
/// Builds a quote window around a match like <see cref="Evidence.FromMatch"/>, but safe for long sentences
/// with long unbroken tokens (where the SDK's word-boundary walk can run past the end of the text).
/// </summary>
internal static class SafeEvidence
{
    public static Evidence FromMatch(Sentence sentence, int matchStart, int matchLength, string rule)
    {
        var text = sentence.Text;
        if (text.Length <= Evidence.MaxQuoteLength) return Evidence.FromSentence(sentence, rule);
        matchStart = Math.Clamp(matchStart, 0, text.Length - 1);
        matchLength = Math.Clamp(matchLength, 1, Math.Min(Evidence.MaxQuoteLength, text.Length - matchStart));
        var start = Math.Max(0, matchStart - (Evidence.MaxQuoteLength - matchLength) / 2);
        var end = Math.Min(text.Length, start + Evidence.MaxQuoteLength);
        start = Math.Max(0, end - Evidence.MaxQuoteLength);
        // Move the edges to word boundaries without passing the match.
        var s = start;
        while (s > 0 && s < matchStart && !char.IsWhiteSpace(text[s - 1])) s++;
        var e = end;
        while (e < text.Length && e > matchStart + matchLength && !char.IsWhiteSpace(text[e])) e--;
        if (e <= s) { s = matchStart; e = matchStart + matchLength; }
        var quote = text[s..e];
        var trimmedStart = s + (quote.Length - quote.TrimStart().Length);
        quote = quote.Trim();
        return new Evidence(quote, sentence.Page, rule, new TextSpan(sentence.Span.Start + trimmedStart, quote.Length));
    }
}
