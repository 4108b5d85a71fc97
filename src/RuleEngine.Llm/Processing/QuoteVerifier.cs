using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Answers;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// Checks every quote of an answer against the paper's text (<see cref="PaperDocument.ContainsVerbatim"/>:
/// whitespace-, case- and ligature-tolerant). A found quote gets the page of the sentence holding it; a
/// quote not found is kept with <c>Verified = false</c> and the page the model gave.
/// </summary>
public static class QuoteVerifier
{
    public const string NotFoundFlag = "evidence not found in paper text";

    public static IReadOnlyList<EvidenceEntry> Verify(IReadOnlyList<LlmQuote> quotes, PaperDocument document, string rule)
    {
        var result = new List<EvidenceEntry>(quotes.Count);
        foreach (var q in quotes)
        {
            var quote = q.Quote.Trim();
            var found = document.ContainsVerbatim(quote);
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
