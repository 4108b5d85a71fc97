namespace RuleEngine.Document.Layout;

/// <summary>Characters of one page left out of the paper's text for one <see cref="HiddenTextReason"/>.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Reason">Why they were judged hidden.</param>
/// <param name="Characters">How many non-space characters were dropped.</param>
/// <param name="Sample">The first dropped characters, in drawing order, control characters removed (at most <see cref="MaxSampleLength"/>).</param>
public sealed record HiddenTextOnPage(int Page, HiddenTextReason Reason, int Characters, string Sample)
{
    /// <summary>The longest <see cref="Sample"/> kept.</summary>
    public const int MaxSampleLength = 80;
}
