namespace RuleEngine.Sdk.Documents;

/// <summary>What kind of float a caption introduces.</summary>
public enum FloatKind
{
    Table,
    Figure,
    Algorithm,
    Listing,
}

/// <summary>A table, figure, algorithm or listing: its label ("Table 3"), caption and nearby content.</summary>
/// <param name="Kind">Kind of float.</param>
/// <param name="Label">Label as printed, e.g. "Algorithm 1".</param>
/// <param name="Caption">Caption text (the label's line and what follows it in the caption).</param>
/// <param name="Content">Text of the float body near the caption (table rows, algorithm lines), best effort.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Span">Caption span in the document text.</param>
/// <param name="ContentLines">The body lines, in order.</param>
public sealed record DocumentFloat(FloatKind Kind, string Label, string Caption, string Content, int Page, TextSpan Span, IReadOnlyList<DocumentLine> ContentLines);
