namespace RuleEngine.Llm.Tests.Injection;

/// <summary>One planted instruction: its text and whether it is visible on the page (hidden ones are the document layer's to drop).</summary>
public sealed record InjectionVariant(string Id, string Text, bool Visible)
{
    public override string ToString() => Id;
}
