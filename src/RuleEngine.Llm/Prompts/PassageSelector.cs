using System.Text;
using System.Text.RegularExpressions;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Prompts;

/// <summary>
/// Chooses what of a paper the model sees for one variable — never the whole paper: the sentences the
/// heuristics cited, the sentences around them, the title block (affiliations), then sentences matching the
/// variable's keywords, in that priority, until the token budget is spent; printed in document order with
/// page markers.
/// </summary>
public sealed class PassageSelector(PaperDocument document)
{
    private const int MaxKeywordSentences = 60;
    private const int MaxSentenceChars = 1200;
    private const int MinQuoteChars = 20;
    private readonly Lazy<string[]> _normalized = new(() => document.Sentences.Select(s => PaperDocument.Normalize(s.Text)).ToArray());

    public IReadOnlyList<Passage> Candidates(VariableResult? heuristic, Regex keywords, bool includeTitleBlock)
    {
        var chosen = new Dictionary<int, Passage>();
        void Add(Passage p) => chosen.TryAdd(p.Order, p);

        if (includeTitleBlock)
        {
            foreach (var line in document.TitleBlock.Lines.Take(40))
                Add(new Passage(line.Start - document.Text.Length - 1, line.Page, line.Text, PassageReason.TitleBlock));
        }
        var sentences = document.Sentences;
        var evidence = EvidenceSentences(heuristic);
        foreach (var i in evidence) Add(FromSentence(sentences[i], PassageReason.Evidence));
        foreach (var i in evidence)
        {
            if (i > 0) Add(FromSentence(sentences[i - 1], PassageReason.Neighbour));
            if (i + 1 < sentences.Count) Add(FromSentence(sentences[i + 1], PassageReason.Neighbour));
        }
        var matches = sentences
            .Where(s => !IsBackMatter(s))
            .Select(s => (Sentence: s, Hits: keywords.Matches(s.Text).Count))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits).ThenBy(x => x.Sentence.Index)
            .Take(MaxKeywordSentences);
        foreach (var (s, _) in matches) Add(FromSentence(s, PassageReason.Keyword));
        return chosen.Values.OrderBy(p => p.Reason).ThenBy(p => p.Order).ToList();
    }

    /// <summary>The passages that fit in <paramref name="tokenBudget"/> tokens, most important first.</summary>
    public static IReadOnlyList<Passage> Fit(IReadOnlyList<Passage> candidates, int tokenBudget, out int omitted)
    {
        var kept = new List<Passage>();
        var used = 0;
        omitted = 0;
        foreach (var p in candidates)
        {
            var cost = TokenCounter.Count(Line(p)) + 1;
            if (used + cost > tokenBudget) { omitted++; continue; }
            kept.Add(p);
            used += cost;
        }
        return kept;
    }

    /// <summary>The passages that fit in <paramref name="tokenBudget"/> tokens, most important first, then printed in document order.</summary>
    public static string Render(IReadOnlyList<Passage> candidates, int tokenBudget, out int used, out int omitted)
    {
        var kept = Fit(candidates, tokenBudget, out omitted);
        used = kept.Sum(p => TokenCounter.Count(Line(p)) + 1);
        return Render(kept);
    }

    /// <summary>Passages printed in document order with page markers; a sentence following the previous one on the same page continues its line.</summary>
    public static string Render(IReadOnlyList<Passage> kept)
    {
        var sb = new StringBuilder();
        Passage? previous = null;
        foreach (var p in kept.OrderBy(p => p.Order))
        {
            var continues = previous is not null && p.Order == previous.Order + 1 && p.Page == previous.Page && p.Reason != PassageReason.TitleBlock;
            if (previous is not null) sb.Append(continues ? " " : "\n");
            sb.Append(continues ? p.Text : Line(p));
            previous = p;
        }
        return sb.ToString();
    }

    private static string Line(Passage p) => $"[p. {p.Page}] {p.Text}";

    private SortedSet<int> EvidenceSentences(VariableResult? heuristic)
    {
        var found = new SortedSet<int>();
        if (heuristic is null) return found;
        var normalized = _normalized.Value;
        foreach (var e in heuristic.Evidence)
        {
            var quote = PaperDocument.Normalize(e.Quote);
            if (quote.Length == 0) continue;
            for (var i = 0; i < normalized.Length; i++)
            {
                var s = normalized[i];
                if (s.Length > 0 && (quote.Contains(s, StringComparison.Ordinal) || (quote.Length >= MinQuoteChars && s.Contains(quote, StringComparison.Ordinal))))
                    found.Add(i);
            }
        }
        return found;
    }

    private bool IsBackMatter(Sentence s) => document.SectionOf(s) is { IsBackMatter: true };

    private static Passage FromSentence(Sentence s, PassageReason reason) =>
        new(s.Index, s.Page, s.Text.Length <= MaxSentenceChars ? s.Text : s.Text[..MaxSentenceChars] + "…", reason);
}
