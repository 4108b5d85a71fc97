using System.Collections.Immutable;

namespace RuleEngine.Sdk.Pieces;

/// <summary>
/// The pieces of one sentence, in text order, with the small queries constructions are written with:
/// which kinds occur (the candidate filter), the words between two pieces, the word after a piece.
/// Get them from <see cref="Documents.PaperDocument.PiecesOf"/> (cached per sentence) or <see cref="Of"/>.
/// </summary>
public sealed class SentencePieces
{
    private readonly int _kinds;

    private SentencePieces(string text, ImmutableArray<Piece> all)
    {
        Text = text;
        All = all;
        foreach (var p in all) _kinds |= 1 << (int)p.Kind;
    }

    /// <summary>The sentence text the offsets refer to.</summary>
    public string Text { get; }

    /// <summary>Every piece, in text order; pieces never overlap.</summary>
    public ImmutableArray<Piece> All { get; }

    /// <summary>Marks the pieces of a text (prefer the document's cached <see cref="Documents.PaperDocument.PiecesOf"/>).</summary>
    public static SentencePieces Of(string text) => new(text, PieceMarker.Mark(text));

    /// <summary>Whether the sentence has at least one piece of a kind: the cheap test a construction starts with.</summary>
    public bool Has(PieceKind kind) => (_kinds & (1 << (int)kind)) != 0;

    /// <summary>Whether the sentence has any proportion (percentage, fraction or ratio list).</summary>
    public bool HasProportion => Has(PieceKind.Percentage) || Has(PieceKind.Fraction) || Has(PieceKind.RatioList);

    /// <summary>The pieces of one kind.</summary>
    public IEnumerable<Piece> OfKind(PieceKind kind)
    {
        foreach (var p in All)
            if (p.Kind == kind) yield return p;
    }

    /// <summary>The text of a piece.</summary>
    public string TextOf(Piece piece) => Text.Substring(piece.Start, piece.Length);

    /// <summary>The piece covering an offset, if any.</summary>
    public Piece? At(int offset)
    {
        foreach (var p in All)
        {
            if (p.Start > offset) break;
            if (offset < p.End) return p;
        }
        return null;
    }

    /// <summary>The words (runs of letters, digits, hyphens and apostrophes) between two offsets.</summary>
    public IReadOnlyList<string> WordsBetween(int start, int end) => Words.Between(Text, start, end);

    /// <summary>The first word after an offset (skipping spaces and closing brackets), or "".</summary>
    public string WordAfter(int offset) => Words.After(Text, offset);

    /// <summary>The last word before an offset (skipping spaces and opening brackets), or "".</summary>
    public string WordBefore(int offset) => Words.Before(Text, offset);
}
