namespace RuleEngine.Reports;

/// <summary>
/// Turns a paper's path into a SARIF artifact URI: relative to a base directory (with
/// <see cref="BaseId"/> as its uriBaseId) when the file lies beneath it, otherwise an absolute
/// <c>file:</c> URI. Every path segment is percent-escaped.
/// </summary>
internal static class ArtifactUris
{
    /// <summary>The uriBaseId of relative artifact URIs; the run's originalUriBaseIds maps it to the base directory.</summary>
    public const string BaseId = "%SRCROOT%";

    /// <returns>The URI and, for a relative one, <see cref="BaseId"/>.</returns>
    public static (string Uri, string? BaseId) For(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(path, Path.GetFullPath(baseDirectory));
        var relative = Path.GetRelativePath(baseDirectory, full);
        var outside = Path.IsPathRooted(relative) || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? (FileUri(full), null) : (Escape(relative), BaseId);
    }

    /// <summary>The directory as an absolute <c>file:</c> URI ending in a slash (for originalUriBaseIds).</summary>
    public static string DirectoryUri(string directory)
    {
        var uri = FileUri(Path.GetFullPath(directory));
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string FileUri(string fullPath)
    {
        var escaped = Escape(fullPath);
        // "/home/a.pdf" → file:///home/a.pdf; "C:/a.pdf" → file:///C:/a.pdf
        return "file://" + (escaped.StartsWith('/') ? "" : "/") + escaped;
    }

    private static string Escape(string path)
    {
        var segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            // Keep a Windows drive ("C:") readable; escape everything else.
            segments[i] = i == 0 && s.Length == 2 && s[1] == ':' && char.IsAsciiLetter(s[0]) ? s : Uri.EscapeDataString(s);
        }
        return string.Join('/', segments);
    }
}
