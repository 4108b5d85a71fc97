using RuleEngine.Sdk.Documents;

namespace RuleEngine.Sdk;

/// <summary>
/// A verbatim quote from the paper's extracted text that supports a verdict, with its page and the rule
/// that found it. Create evidence from document pieces (<see cref="FromSentence"/>, <see cref="FromSpan"/>)
/// so the quote is verbatim by construction.
/// </summary>
/// <param name="Quote">Verbatim text (whitespace may be collapsed).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Rule">The rule ID that produced it, e.g. <c>RV0004.repository-link</c>.</param>
/// <param name="Span">Where it lies in the document text, when known.</param>
public sealed record Evidence(string Quote, int Page, string Rule, TextSpan? Span = null)
{
    /// <summary>Longest quote kept; longer sentences are cut around the match.</summary>
    public const int MaxQuoteLength = 400;

    public static Evidence FromSentence(Sentence sentence, string rule) =>
        new(Trim(sentence.Text), sentence.Page, rule, sentence.Span);

    public static Evidence FromSpan(PaperDocument document, TextSpan span, string rule) =>
        new(Trim(document.Slice(span)), document.PageOf(span.Start), rule, span);

    /// <summary>A window of text around a match inside a sentence (kept verbatim, cut at word boundaries).</summary>
    public static Evidence FromMatch(Sentence sentence, int matchStart, int matchLength, string rule)
    {
        var text = sentence.Text;
        if (text.Length <= MaxQuoteLength) return FromSentence(sentence, rule);
        matchStart = Math.Clamp(matchStart, 0, text.Length);
        matchLength = Math.Clamp(matchLength, 0, text.Length - matchStart);
        var start = Math.Max(0, matchStart - Math.Max(0, MaxQuoteLength - matchLength) / 2);
        var end = Math.Min(text.Length, start + MaxQuoteLength);
        start = Math.Max(0, end - MaxQuoteLength);
        // Cut at word boundaries, never inside the match.
        while (start > 0 && start < matchStart && !char.IsWhiteSpace(text[start - 1])) start++;
        while (end < text.Length && end > matchStart + matchLength && !char.IsWhiteSpace(text[end])) end--;
        if (end <= start) { start = matchStart; end = Math.Min(text.Length, matchStart + Math.Max(1, matchLength)); }
        var quote = text[start..end];
        var trimmedStart = start + (quote.Length - quote.TrimStart().Length);
        quote = quote.Trim();
        return new Evidence(quote, sentence.Page, rule, new TextSpan(sentence.Span.Start + trimmedStart, quote.Length));
    }

    public static Evidence FromLine(DocumentLine line, string rule) => new(line.Text.Trim(), line.Page, rule, new TextSpan(line.Start, line.Text.Length));

    private static string Trim(string text)
    {
        text = text.Trim();
        if (text.Length <= MaxQuoteLength) return text;
        var cut = text.LastIndexOf(' ', MaxQuoteLength);
        return text[..(cut > MaxQuoteLength / 2 ? cut : MaxQuoteLength)];
    }
}
