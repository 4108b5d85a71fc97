namespace RuleEngine.Llm.Processing;

/// <summary>The model's raw answer to one prompt and where it came from.</summary>
/// <param name="CacheKey">Key to store the answer under once it proved usable.</param>
public sealed record LlmCallResult(string Text, long PromptTokens, long CompletionTokens, bool FromCache, bool Refused, string CacheKey);
