namespace RuleEngine.Sdk.Documents;

/// <summary>The first page's title block: title, author lines, affiliation lines and e-mail addresses.</summary>
/// <param name="Title">Paper title, or empty when it could not be found.</param>
/// <param name="Authors">Lines judged to list author names.</param>
/// <param name="Affiliations">Lines judged to be affiliations (institutions, addresses), including affiliation footnotes.</param>
/// <param name="Emails">E-mail addresses printed in the title block or first-page footnotes (brace groups expanded).</param>
/// <param name="Lines">All lines of the title block, from the title to the abstract.</param>
public sealed record TitleBlock(string Title, IReadOnlyList<DocumentLine> Authors, IReadOnlyList<DocumentLine> Affiliations, IReadOnlyList<string> Emails, IReadOnlyList<DocumentLine> Lines)
{
    public static TitleBlock Empty { get; } = new("", [], [], [], []);
}
