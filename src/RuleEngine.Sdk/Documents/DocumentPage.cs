namespace RuleEngine.Sdk.Documents;

/// <summary>One page of the paper: its 1-based number and where its text lies in the document text.</summary>
public sealed record DocumentPage(int Number, TextSpan Span, double Width = 0, double Height = 0);
