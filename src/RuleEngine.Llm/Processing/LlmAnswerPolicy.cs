using System.Globalization;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Answers;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// What an LLM verdict must show to take the heuristic's place. A positive verdict (Yes, Experimental, an
/// affiliation class — anything but No or Theoretical) that differs from the heuristic's needs at least one
/// verified quote from the passages the model was shown, sentence-sized (<see cref="MinQuoteChars"/>
/// characters or <see cref="MinQuoteWords"/> words), that passes the variable's <see cref="ICandidateFilter"/>.
/// A negative verdict replaces a positive heuristic verdict only when that one is below the threshold.
/// </summary>
public static class LlmAnswerPolicy
{
    public const int MinQuoteChars = 25;
    public const int MinQuoteWords = 5;

    /// <summary>Verdicts that claim an absence (nothing to quote).</summary>
    public static bool IsNegative(string verdict) =>
        verdict.Equals(Verdicts.No, StringComparison.OrdinalIgnoreCase) || verdict.Equals(Verdicts.Theoretical, StringComparison.OrdinalIgnoreCase);

    public static bool IsSentenceSized(string quote)
    {
        var text = quote.Trim();
        return text.Length >= MinQuoteChars || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinQuoteWords;
    }

    /// <summary>Whether one quote may carry a positive verdict.</summary>
    public static bool Qualifies(EvidenceEntry quote, ICandidateFilter filter) =>
        quote.Verified == true && IsSentenceSized(quote.Quote) && filter.IsCandidate(quote.Quote);

    public static LlmAnswerDecision Decide(LlmAnswer answer, IReadOnlyList<EvidenceEntry> quotes, VariableResult? heuristic, double threshold, ICandidateFilter filter)
    {
        if (heuristic is not null && heuristic.Verdict.Equals(answer.Verdict, StringComparison.OrdinalIgnoreCase)) return LlmAnswerDecision.Accept;
        if (IsNegative(answer.Verdict))
        {
            if (heuristic is not null && !IsNegative(heuristic.Verdict) && heuristic.Confidence >= threshold)
                return LlmAnswerDecision.Overruled(string.Create(CultureInfo.InvariantCulture,
                    $"an LLM {answer.Verdict} does not overturn a heuristic {heuristic.Verdict} at {heuristic.Confidence:0.00} (threshold {threshold:0.00})"));
            return LlmAnswerDecision.Accept;
        }
        return quotes.Any(q => Qualifies(q, filter))
            ? LlmAnswerDecision.Accept
            : LlmAnswerDecision.Unsupported($"its {answer.Verdict} has no verified, sentence-sized quote from the passages shown that the variable's rules would consider");
    }
}
