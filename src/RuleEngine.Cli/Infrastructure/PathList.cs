namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// A list of input paths, one per line — from standard input (<c>analyze -</c>, e.g. <c>find … | ruleengine analyze -</c>)
/// or a file (<c>--from-file papers.txt</c>). Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class PathList
{
    /// <summary>What the user types for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// What <see cref="StandardInput"/> is passed on as: Spectre.Console.Cli takes a bare <c>-</c> for an option
    /// without a name, so <see cref="ForParser"/> swaps it for this before parsing.
    /// </summary>
    public const string StandardInputToken = "<stdin>";

    /// <summary>The command line with each bare <c>-</c> replaced by <see cref="StandardInputToken"/>.</summary>
    public static string[] ForParser(string[] args) => args.Select(a => a == StandardInput ? StandardInputToken : a).ToArray();

    public static IReadOnlyList<string> Read(TextReader reader)
    {
        var paths = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var path = line.Trim();
            if (path.Length > 0 && !path.StartsWith('#')) paths.Add(path);
        }
        return paths;
    }

    /// <exception cref="UsageException">The list file does not exist.</exception>
    public static IReadOnlyList<string> ReadFile(string file)
    {
        if (file == StandardInputToken) return Read(Console.In);
        if (!File.Exists(file)) throw new UsageException($"path list not found: {file}");
        using var reader = new StreamReader(file);
        return Read(reader);
    }
}
