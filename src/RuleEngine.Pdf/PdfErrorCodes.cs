namespace RuleEngine.Pdf;

/// <summary>The <see cref="RuleEngine.Document.Layout.DocumentReadException"/> codes this reader raises (see docs/diagnostics.md).</summary>
public static class PdfErrorCodes
{
    /// <summary>The PDF is encrypted and cannot be opened without a password.</summary>
    public const string Encrypted = "RE0101";

    /// <summary>The file is not a PDF (empty, or no %PDF header in its first 1024 bytes).</summary>
    public const string NotAPdf = "RE0102";

    /// <summary>The PDF is truncated or corrupt: it cannot be opened, or no page of it can be read.</summary>
    public const string Corrupt = "RE0103";

    /// <summary>The PDF has pages but no text on any of them (a scan without a text layer).</summary>
    public const string NoTextLayer = "RE0104";

    /// <summary>The file does not exist or cannot be opened for reading.</summary>
    public const string FileUnreadable = "RE0106";
}
