namespace RuleEngine.Llm.Prompts;

/// <summary>The messages of one call and what they cost.</summary>
/// <param name="PromptTokens">Tokens of system + user message (o200k).</param>
/// <param name="PassagesOmitted">Candidate passages left out to stay within the budget.</param>
public sealed record LlmPrompt(string System, string User, int PromptTokens, int PassagesOmitted);
