namespace RuleEngine.Sdk.Documents;

/// <summary>A sentence of running text (or a caption/table row fragment), with its page and span.</summary>
/// <param name="Index">Position in <see cref="PaperDocument.Sentences"/>.</param>
/// <param name="Text">The sentence text, exactly <c>Document.Text.Substring(Span)</c>.</param>
/// <param name="Page">1-based page number where the sentence starts.</param>
/// <param name="Span">Where the sentence lies in the document text.</param>
/// <param name="SectionIndex">Index into <see cref="PaperDocument.Sections"/>, or -1 before the first heading.</param>
public sealed record Sentence(int Index, string Text, int Page, TextSpan Span, int SectionIndex = -1);
