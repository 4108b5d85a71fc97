namespace RuleEngine.Reports.Html;

/// <summary>
/// What is known about a paper besides its report, e.g. from a metadata file: each field overrides what
/// was read from the PDF (title, author lines); the venue, year and link are only known this way.
/// </summary>
public sealed record PaperDetails(string? Title = null, IReadOnlyList<string>? Authors = null, string? Venue = null, string? Year = null, string? Url = null)
{
    public static PaperDetails None { get; } = new();
}
