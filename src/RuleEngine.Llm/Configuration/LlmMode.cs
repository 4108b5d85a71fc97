namespace RuleEngine.Llm.Configuration;

/// <summary>When the LLM is asked: never (the default: no network), only for low-confidence verdicts, or for every variable.</summary>
public enum LlmMode
{
    Off,
    Fallback,
    Always,
}
