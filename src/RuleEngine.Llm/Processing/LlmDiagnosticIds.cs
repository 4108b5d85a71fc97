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

    /// <summary>Warning: a quote the model gave is not in the paper's text (or not in the passages it was shown); the verdict is flagged.</summary>
    public const string QuoteNotFound = "RE0203";

    /// <summary>Warning: the LLM disagreed but its verdict did not earn its place (no qualifying quote, or a confident heuristic verdict); the heuristic verdict was kept.</summary>
    public const string NotAccepted = "RE0204";

    /// <summary>Warning: passages that address the model (instructions, role markers) were withheld from the prompts.</summary>
    public const string PassagesWithheld = "RE0205";

    /// <summary>Warning: LLM work stopped for this paper (its LLM budget ran out, the endpoint's circuit is open, or a run cap was reached); every heuristic verdict was kept.</summary>
    public const string Skipped = "RE0206";
}
