using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Answers;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// Checks every quote of an answer against the paper's text (<see cref="PaperDocument.ContainsVerbatim"/>:
/// whitespace-, case- and ligature-tolerant) and against the passages the model was shown. A quote found in
/// both gets the page of the sentence holding it and <c>Verified = true</c>; any other quote is kept with
/// <c>Verified = false</c> and the page the model gave.
/// </summary>
public static class QuoteVerifier
{
    public const string NotFoundFlag = "evidence not found in paper text";

    public static IReadOnlyList<EvidenceEntry> Verify(IReadOnlyList<LlmQuote> quotes, PaperDocument document, string rule, IReadOnlyList<Passage>? shown = null)
    {
        var shownText = shown is null ? null : PaperDocument.Normalize(string.Join(" ", shown.OrderBy(p => p.Order).Select(p => p.Text)));
        var result = new List<EvidenceEntry>(quotes.Count);
        foreach (var q in quotes)
        {
            var quote = q.Quote.Trim();
            var found = document.ContainsVerbatim(quote) && (shownText is null || shownText.Contains(PaperDocument.Normalize(quote), StringComparison.Ordinal));
            var page = found ? PageOf(quote, document) ?? q.Page ?? 0 : q.Page ?? 0;
            if (page < 0 || page > document.PageCount) page = 0;
            result.Add(new EvidenceEntry(quote, page, rule) { Verified = found });
        }
        return result;
    }

    private static int? PageOf(string quote, PaperDocument document)
    {
        var needle = PaperDocument.Normalize(quote);
        foreach (var s in document.Sentences)
        {
            var sentence = PaperDocument.Normalize(s.Text);
            if (sentence.Contains(needle, StringComparison.Ordinal) || (sentence.Length > 20 && needle.Contains(sentence, StringComparison.Ordinal)))
                return s.Page;
        }
        return null;
    }
}
