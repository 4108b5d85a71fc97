namespace RuleEngine.Llm.Processing;

/// <summary>Stable IDs of the diagnostics the LLM fallback adds to a paper's report.</summary>
public static class LlmDiagnosticIds
{
    /// <summary>Info: calls made, answers from the cache and tokens spent on this paper.</summary>
    public const string Usage = "RE0200";

    /// <summary>Warning: the answer was malformed or refused; the heuristic verdict was kept.</summary>
    public const string BadAnswer = "RE0201";

    /// <summary>Warning: the call failed (network, HTTP error, timeout after retries); the heuristic verdict was kept.</summary>
    public const string CallFailed = "RE0202";

    /// <summary>Warning: a quote the model gave is not in the paper's text; the verdict is flagged.</summary>
    public const string QuoteNotFound = "RE0203";
}
