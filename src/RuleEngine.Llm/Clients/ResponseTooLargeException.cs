namespace RuleEngine.Llm.Clients;

/// <summary>The endpoint's answer exceeded <see cref="Configuration.LlmOptions.MaxResponseBytes"/>; it was not read further (not retried).</summary>
public sealed class ResponseTooLargeException(long limit) : IOException($"response body larger than {limit:N0} bytes (ruleengine.llm.max_response_bytes); not read further")
{
    public long Limit { get; } = limit;
}
