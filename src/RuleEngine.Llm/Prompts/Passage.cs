namespace RuleEngine.Llm.Prompts;

/// <summary>Why a sentence was chosen for the prompt, most important first.</summary>
public enum PassageReason
{
    TitleBlock,
    Evidence,
    Neighbour,
    Keyword,
}

/// <summary>One piece of the paper shown to the model: its position (for document order), page and text.</summary>
public sealed record Passage(int Order, int Page, string Text, PassageReason Reason);
