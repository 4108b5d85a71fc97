namespace RuleEngine.Llm.Prompts;

/// <summary>The messages of one call and what they cost.</summary>
/// <param name="PromptTokens">Tokens of system + user message (o200k).</param>
/// <param name="PassagesOmitted">Candidate passages left out to stay within the budget.</param>
public sealed record LlmPrompt(string System, string User, int PromptTokens, int PassagesOmitted)
{
    /// <summary>The passages the model was shown: its quotes must come from these.</summary>
    public IReadOnlyList<Passage> Shown { get; init; } = [];

    /// <summary>Candidate passages withheld because they address the model (<see cref="InstructionDetector"/>).</summary>
    public IReadOnlyList<Passage> Withheld { get; init; } = [];
}
