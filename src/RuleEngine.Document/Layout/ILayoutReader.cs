namespace RuleEngine.Document.Layout;

/// <summary>
/// Stage 1 of the pipeline: reads a file into laid-out pages. Replaceable (the PDF reader is one
/// implementation; a faster or different layout strategy can be swapped in and measured).
/// </summary>
public interface ILayoutReader
{
    /// <summary>Reads every page. Throws <see cref="DocumentReadException"/> with a one-line reason for unreadable input.</summary>
    LayoutDocument Read(string path, CancellationToken cancellationToken = default);
}

/// <summary>The laid-out pages of a file plus page-level problems that did not stop the read.</summary>
/// <param name="Pages">Pages in order.</param>
/// <param name="Warnings">Page-level problems (page number, message), e.g. a page whose text could not be read.</param>
public sealed record LayoutDocument(IReadOnlyList<LayoutPage> Pages, IReadOnlyList<(int Page, string Message)> Warnings)
{
    /// <summary>Text drawn so that no reader sees it (invisible, off the page, white on nothing, under 1 pt), left out of <see cref="Pages"/>.</summary>
    public IReadOnlyList<HiddenTextOnPage> HiddenText { get; init; } = [];
}

/// <summary>Why a file could not be read at all: a stable code and a one-line message for people.</summary>
public sealed class DocumentReadException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Stable diagnostic code, e.g. RE0101 (encrypted), RE0102 (not a PDF).</summary>
    public string Code { get; } = code;
}
