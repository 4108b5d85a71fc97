namespace RuleEngine.Llm.Processing;

/// <summary>The run's <c>--llm-max-calls</c> or <c>--llm-max-tokens</c> is used up: no call was made.</summary>
public sealed class RunCapReachedException() : InvalidOperationException("the run's LLM cap (--llm-max-calls / --llm-max-tokens) is reached");
