namespace RuleEngine.Cli.Infrastructure;

/// <summary>Expands the command line's paths into the files to analyse.</summary>
public static class InputFiles
{
    /// <summary>
    /// Files as given, the PDFs inside folders (recursively), the files a wildcard pattern matches, and the
    /// paths read from standard input for <c>-</c>; sorted within each folder or pattern, without duplicates.
    /// </summary>
    /// <exception cref="UsageException">A path that does not exist, or a pattern that matches nothing.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths.SelectMany(p => p == PathList.StandardInputToken ? PathList.Read(Console.In) : [p]))
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else if (InputGlob.IsPattern(path))
                files.AddRange(InputGlob.Match(path) is { Count: > 0 } matches ? matches : throw new UsageException($"no file matches {path}"));
            else
                throw new UsageException($"no such file or folder: {path}");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
