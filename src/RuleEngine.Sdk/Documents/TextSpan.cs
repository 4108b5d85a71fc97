namespace RuleEngine.Sdk.Documents;

/// <summary>A range of characters in <see cref="PaperDocument.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
    public override string ToString() => $"[{Start}..{End})";
}
