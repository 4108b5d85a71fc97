namespace RuleEngine.Llm.Prompts;

/// <summary>
/// The markers around the paper's passages in a prompt. The system message declares the text between them
/// data, never instructions; marker look-alikes inside the paper's text are defused so a paper cannot close
/// the block early.
/// </summary>
public static class PaperTextMarkers
{
    public const string Begin = "<<<PAPER_TEXT_BEGIN>>>";
    public const string End = "<<<PAPER_TEXT_END>>>";

    public static string Wrap(string passages) => $"{Begin}\n{Defuse(passages)}\n{End}";

    /// <summary>The text with every run of angle brackets that could spell a marker broken up.</summary>
    public static string Defuse(string text) =>
        text.Replace("<<<", "‹‹‹", StringComparison.Ordinal).Replace(">>>", "›››", StringComparison.Ordinal);
}
