using System.Diagnostics;
using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>The cost of one rule-file pattern over a set of documents.</summary>
/// <param name="RuleId">The rule whose <c>patterns</c> (or lexicon, as <c>lexicon:NAME</c>) the pattern belongs to.</param>
/// <param name="Index">Position in the rule's pattern list (0-based); -1 for a lexicon.</param>
/// <param name="Pattern">The pattern text (a lexicon is shown by its size).</param>
/// <param name="Elapsed">Total matching time over every sentence.</param>
/// <param name="Slowest">The single slowest sentence match.</param>
/// <param name="TimedOut">Matches abandoned on the regex time-out.</param>
/// <param name="SlowestSentence">Where the slowest match happened: paper file name, page and the sentence's start.</param>
public sealed record PatternCost(string RuleId, int Index, string Pattern, TimeSpan Elapsed, TimeSpan Slowest, int TimedOut, string? SlowestSentence);

/// <summary>
/// Times every pattern of every loaded rule file, one by one, against every sentence of the given
/// documents (the way most rules are applied), so that a rule author can see which pattern makes a
/// detector slow. Detectors pre-filter sentences, so these are upper bounds of what a detector pays.
/// </summary>
public static class PatternProfiler
{
    /// <summary>Sentences are cut to this length, as the built-in detectors do.</summary>
    public const int MaxSentenceLength = 2500;

    private const int WarmUpSentences = 200;

    public static IReadOnlyList<PatternCost> Profile(IEnumerable<RuleSet> ruleSets, IReadOnlyList<PaperDocument> documents, CancellationToken cancellationToken = default)
    {
        var texts = documents.SelectMany(d => d.Sentences.Select(s => (Where: $"{d.FileName} p{s.Page}", Text: s.Text.Length > MaxSentenceLength ? s.Text[..MaxSentenceLength] : s.Text))).ToList();
        var costs = new List<PatternCost>();
        foreach (var rules in ruleSets)
        {
            foreach (var (id, rule) in rules.Rules)
            {
                for (var i = 0; i < rule.Patterns.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Regex regex;
                    try { regex = RuleSet.Compile([rule.Patterns[i]]); }
                    catch (ArgumentException) { continue; }
                    costs.Add(Measure(id, i, rule.Patterns[i], regex, texts));
                }
            }
            foreach (var name in rules.Lexicons.Keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                costs.Add(Measure($"{rules.VariableId} lexicon:{name}", -1, $"({rules.Lexicon(name).Count} terms)", rules.LexiconPattern(name), texts));
            }
        }
        return [.. costs.OrderByDescending(c => c.Elapsed)];
    }

    private static PatternCost Measure(string ruleId, int index, string pattern, Regex regex, List<(string Where, string Text)> texts)
    {
        // Compiled regexes JIT their matching paths on first use: warm up on real sentences before timing.
        foreach (var (_, text) in texts.Take(WarmUpSentences))
        {
            try { regex.Match(text); } catch (RegexMatchTimeoutException) { }
        }
        var total = TimeSpan.Zero; var slowest = TimeSpan.Zero; var timedOut = 0; string? where = null;
        var clock = new Stopwatch();
        foreach (var (place, text) in texts)
        {
            clock.Restart();
            try { regex.Match(text); }
            catch (RegexMatchTimeoutException) { timedOut++; }
            clock.Stop();
            total += clock.Elapsed;
            if (clock.Elapsed > slowest) { slowest = clock.Elapsed; where = $"{place}: \"{(text.Length > 80 ? text[..80] + "…" : text)}\" ({text.Length} chars)"; }
        }
        return new PatternCost(ruleId, index, pattern, total, slowest, timedOut, where);
    }
}
