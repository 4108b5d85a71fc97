using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// A path with wildcards that the shell did not expand (quoted, or a shell that does not glob):
/// <c>'papers/*.pdf'</c>, <c>'corpus/**/*.pdf'</c>, matched with Microsoft.Extensions.FileSystemGlobbing
/// from the folder before the first wildcard.
/// </summary>
public static class InputGlob
{
    private static readonly char[] Wildcards = ['*', '?', '['];

    public static bool IsPattern(string path) => path.IndexOfAny(Wildcards) >= 0;

    /// <summary>The files the pattern matches, as paths under its base folder, sorted.</summary>
    public static IReadOnlyList<string> Match(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Count();
        var baseDir = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (baseDir.Length == 0) baseDir = "/";
        if (!Directory.Exists(baseDir)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseDir))).Files
            .Select(f => fixedCount == 0 ? f.Path : Path.Combine(baseDir, f.Path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
