using System.Text;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Html;

/// <summary>
/// File names of per-paper pages: the PDF's name without <c>.pdf</c>, reduced to letters, digits, '.', '-'
/// and '_' (<c>vaswani2017attention.pdf</c> → <c>vaswani2017attention.html</c>). When two different papers
/// (by path and content hash) would get the same name, the later one gets its hash's first 8 digits appended.
/// </summary>
public sealed class PageNames
{
    private readonly Dictionary<string, string> _bySha = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "index" };
    private readonly Lock _gate = new();

    public string For(PaperReport report)
    {
        lock (_gate)
        {
            var key = $"{report.Paper.Path ?? report.Paper.File}\n{report.Paper.Sha256}";
            if (_bySha.TryGetValue(key, out var known)) return known;
            var stem = Stem(report.Paper.File);
            var name = stem;
            if (!_used.Add(name))
            {
                name = $"{stem}-{(report.Paper.Sha256 is { Length: >= 8 } s ? s[..8].ToLowerInvariant() : "paper")}";
                for (var i = 2; !_used.Add(name); i++) name = $"{stem}-{i}";
            }
            return _bySha[key] = name + ".html";
        }
    }

    /// <summary>The safe stem of a file name.</summary>
    public static string Stem(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        var stem = sb.ToString().Trim('.', '-');
        return stem.Length == 0 ? "paper" : stem;
    }
}
