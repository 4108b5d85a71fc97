namespace RuleEngine.Llm.Configuration;

/// <summary>Environment variables that choose the LLM (besides the key, <see cref="LlmApiKey"/>); they win over configuration files, the command line wins over them.</summary>
public static class LlmEnvironment
{
    public const string Mode = "RULEENGINE_LLM_MODE";
    public const string Provider = "RULEENGINE_LLM_PROVIDER";
    public const string Endpoint = "RULEENGINE_LLM_ENDPOINT";
    public const string Model = "RULEENGINE_LLM_MODEL";
}
