namespace RuleEngine.Llm.Caching;

/// <summary>An answer kept in the response cache: the model's text and the tokens the call used.</summary>
public sealed record CachedAnswer(string Text, long PromptTokens, long CompletionTokens);
