namespace RuleEngine.Cli.Infrastructure;

/// <summary>Expands the command line's paths into the files to analyse.</summary>
public static class InputFiles
{
    /// <summary>Files as given, and the PDFs inside folders (recursively), sorted, without duplicates.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new UsageException($"no such file or folder: {path}");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
