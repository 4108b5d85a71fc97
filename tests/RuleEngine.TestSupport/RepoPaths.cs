namespace RuleEngine.TestSupport;

/// <summary>Where the repository, its rules and the shared corpus are, seen from a test run.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RuleEngine.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RuleEngine.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (folder holding RuleEngine.sln).</summary>
    public static string Root => RootLazy.Value;

    public static string Rules => Path.Combine(Root, "rules");
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared beside the repository (may not exist on a fresh clone elsewhere).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    public static string CorpusPdfs => Path.Combine(Shared, "corpus", "pdf");
    public static string DevLabels => Path.Combine(Shared, "corpus", "labels", "dev.tsv");
    public static bool HasCorpus => Directory.Exists(CorpusPdfs);

    /// <summary>Path of a corpus PDF by id (e.g. "vaswani2017attention").</summary>
    public static string CorpusPdf(string id) => Path.Combine(CorpusPdfs, id + ".pdf");
}
