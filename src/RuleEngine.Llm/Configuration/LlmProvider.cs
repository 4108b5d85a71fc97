namespace RuleEngine.Llm.Configuration;

/// <summary>Which client speaks to the model: any OpenAI-compatible endpoint (OpenAI, llama.cpp, vLLM, …) or Ollama's own API.</summary>
public enum LlmProvider
{
    OpenAI,
    Ollama,
}
