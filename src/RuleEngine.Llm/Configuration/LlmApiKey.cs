namespace RuleEngine.Llm.Configuration;

/// <summary>
/// The API key, read only from the environment (never from a configuration file):
/// <c>RULEENGINE_LLM_API_KEY</c>, else <c>OPENAI_API_KEY</c>.
/// </summary>
public static class LlmApiKey
{
    public const string Variable = "RULEENGINE_LLM_API_KEY";
    public const string FallbackVariable = "OPENAI_API_KEY";

    public static string? FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var key = read(Variable);
        if (string.IsNullOrWhiteSpace(key)) key = read(FallbackVariable);
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }
}
