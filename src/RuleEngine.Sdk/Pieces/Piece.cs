namespace RuleEngine.Sdk.Pieces;

/// <summary>One typed span of a sentence (offsets are into <see cref="Documents.Sentence.Text"/>).</summary>
/// <param name="Kind">What the span is.</param>
/// <param name="Start">Offset of the first character in the sentence text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Value">The numeric value for quantities (a percentage as a fraction, a fraction's value, a number's value); NaN otherwise.</param>
public readonly record struct Piece(PieceKind Kind, int Start, int Length, double Value)
{
    /// <summary>Offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the piece is a proportion of something: a percentage, a fraction or a ratio list.</summary>
    public bool IsProportion => Kind is PieceKind.Percentage or PieceKind.Fraction or PieceKind.RatioList;

    /// <summary>Whether the piece is any quantity (a number or a proportion).</summary>
    public bool IsQuantity => Kind is PieceKind.Number || IsProportion;
}
