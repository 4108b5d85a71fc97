namespace RuleEngine.Comparison.Output;

/// <summary>The file formats of <c>compare --format</c> (the console table is written by <see cref="ComparisonConsoleWriter"/>).</summary>
public static class ComparisonWriters
{
    public static IReadOnlyList<string> Formats { get; } = ["table", "markdown", "json", "html"];

    /// <summary>The writer of a file format, or null for <c>table</c>.</summary>
    /// <exception cref="ArgumentException">Unknown format.</exception>
    public static IComparisonWriter? Create(string format) => format.ToLowerInvariant() switch
    {
        "table" => null,
        "markdown" or "md" => new ComparisonMarkdownWriter(),
        "json" => new ComparisonJsonWriter(),
        "html" => new ComparisonHtmlWriter(),
        _ => throw new ArgumentException($"unknown format '{format}'; valid: {string.Join(", ", Formats)}"),
    };
}
