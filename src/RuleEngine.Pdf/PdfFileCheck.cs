using RuleEngine.Document.Layout;

namespace RuleEngine.Pdf;

/// <summary>Cheap checks before parsing: the file exists, can be read, is not empty and starts like a PDF.</summary>
internal static class PdfFileCheck
{
    /// <summary>The %PDF- signature must appear within this many leading bytes (as most readers accept).</summary>
    public const int HeaderWindow = 1024;

    /// <summary>Throws <see cref="DocumentReadException"/> unless the file looks like a PDF.</summary>
    public static void EnsureLooksLikePdf(string path)
    {
        byte[] head;
        long length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new DocumentReadException(PdfErrorCodes.FileUnreadable, $"file not found: {Path.GetFileName(path)}");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = stream.Length;
            head = new byte[(int)Math.Min(HeaderWindow, length)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(PdfErrorCodes.FileUnreadable, $"file cannot be read: {OneLine(e.Message)}", e);
        }

        if (length == 0) throw new DocumentReadException(PdfErrorCodes.NotAPdf, "not a PDF: the file is empty");
        if (head.AsSpan().IndexOf("%PDF-"u8) < 0)
            throw new DocumentReadException(PdfErrorCodes.NotAPdf, $"not a PDF: no %PDF header in the first {HeaderWindow} bytes");
    }

    /// <summary>A message squeezed onto one line and capped in length.</summary>
    public static string OneLine(string message)
    {
        var s = string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return s.Length > 200 ? s[..200] + "…" : s;
    }
}
