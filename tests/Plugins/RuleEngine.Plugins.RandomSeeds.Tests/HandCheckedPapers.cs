namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>A corpus paper with the verdict decided by hand and why.</summary>
internal sealed record HandCheckedPaper(string Id, string Verdict, string Justification);

/// <summary>Reads corpus-papers.tsv: <c>id TAB verdict TAB justification</c>, <c>#</c> comments.</summary>
internal static class HandCheckedPapers
{
    public static IReadOnlyList<HandCheckedPaper> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new HandCheckedPaper(f[0], f[1], f.Length > 2 ? f[2] : ""))
            .ToList();
}
