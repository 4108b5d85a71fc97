namespace RuleEngine.Llm.Tests.HiddenInjection;

/// <summary>One injection attempt from Injection/variants.json: its text and how the paper shows it.</summary>
/// <param name="Id">The variant's id (or its position in the file).</param>
/// <param name="Text">What the paper says to the screen.</param>
/// <param name="Visibility">The file's visibility kind, as written there.</param>
public sealed record InjectionVariant(string Id, string Text, string Visibility)
{
    public override string ToString() => Id;
}
