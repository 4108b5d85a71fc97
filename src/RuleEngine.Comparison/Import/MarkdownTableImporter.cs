using System.Text.RegularExpressions;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Reads per-paper verdict tables <c>| Reproducibility Variable | Result | … |</c>: the published web format
/// (third column "LLM Response") and our own <c>analyze --format markdown</c> (third column "Evidence").
/// Several papers may share a file; each table belongs to the lines above it: the paper's title is the last
/// heading there, or else the first line that is not a label ("Authors: …", "Notice: …") or a "a | b" line;
/// its id is a <c>`file.pdf`</c> there, a heading naming a PDF, else the file name (one table) or the title.
/// </summary>
public static partial class MarkdownTableImporter
{
    public static VerdictCollection Read(string path, string? label = null, VariableNames? names = null) =>
        Parse(File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path), label ?? Path.GetFileNameWithoutExtension(path), names);

    public static VerdictCollection Parse(IReadOnlyList<string> lines, string fileId, string label, VariableNames? names = null)
    {
        names ??= VariableNames.Default;
        var tables = new List<(List<string> Preamble, List<string[]> Rows)>();
        var preamble = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsHeader(lines[i])) { preamble.Add(lines[i]); continue; }
            var rows = new List<string[]>();
            var j = i + 1;
            for (; j < lines.Count && lines[j].TrimStart().StartsWith('|'); j++)
                if (!IsRule(lines[j])) rows.Add(Cells(lines[j]));
            tables.Add((preamble, rows));
            preamble = [];
            i = j - 1;
        }

        var papers = new List<PaperVerdicts>();
        var warnings = new List<string>();
        foreach (var (pre, rows) in tables)
        {
            var title = Title(pre);
            var id = IdFrom(pre) ?? (tables.Count == 1 ? fileId : Slug(title ?? $"paper{papers.Count + 1}"));
            var variables = new Dictionary<string, VariableVerdict>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (row.Length < 2) continue;
                var key = names.Resolve(row[0]);
                if (key is null) { warnings.Add($"{id}: unknown variable '{row[0]}'; row skipped"); continue; }
                var (evidence, rationale, flag) = EvidenceCell(row.Length > 2 ? row[2] : "");
                variables[key] = new VariableVerdict(key, Unescape(row[1]), evidence, rationale, null, VerdictSources.Imported) { Flag = flag };
            }
            papers.Add(new PaperVerdicts(id, title, variables));
        }
        return new VerdictCollection(label, papers) { Warnings = warnings };
    }

    /// <summary>True when the text holds a verdict table.</summary>
    public static bool LooksLikeTable(string text) => text.Split('\n').Any(IsHeader);

    private static bool IsHeader(string line)
    {
        if (!line.TrimStart().StartsWith('|')) return false;
        var cells = Cells(line);
        return cells.Length >= 2 && VariableNames.Canonical(cells[0]) == "reproducibilityvariable" && VariableNames.Canonical(cells[1]) is "result" or "verdict";
    }

    private static bool IsRule(string line) => RulePattern().IsMatch(line);

    /// <summary>The cells of a table row, split on pipes not escaped as <c>\|</c>.</summary>
    private static string[] Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        return CellSplit().Split(t).Select(c => c.Trim()).ToArray();
    }

    private static string? Title(List<string> preamble)
    {
        var heading = preamble.LastOrDefault(l => l.TrimStart().StartsWith('#'));
        if (heading is not null) return Unescape(heading.TrimStart().TrimStart('#').Trim());
        return preamble.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !LabelLine().IsMatch(l) && !l.Contains(" | ", StringComparison.Ordinal) && !l.StartsWith('`') && !l.StartsWith('*'));
    }

    private static string? IdFrom(List<string> preamble)
    {
        foreach (var line in preamble)
        {
            var m = FileName().Match(line);
            if (m.Success) return GoldStandard.PaperIdOf(m.Groups["file"].Value);
        }
        return null;
    }

    private static (IReadOnlyList<EvidenceEntry> Evidence, string Rationale, string? Flag) EvidenceCell(string cell)
    {
        string? flag = null;
        if (cell.StartsWith('⚠'))
        {
            var dash = cell.IndexOf(" — ", StringComparison.Ordinal);
            flag = Unescape((dash < 0 ? cell[1..] : cell[1..dash]).Trim());
            cell = dash < 0 ? "" : cell[(dash + 3)..].Trim();
        }
        if (cell.Length == 0) return ([], "", flag);
        if (cell.Length > 1 && cell.StartsWith('*') && cell.EndsWith('*') && !cell.EndsWith("\\*", StringComparison.Ordinal))
            return ([], Unescape(cell[1..^1]).Replace("\\*", "*", StringComparison.Ordinal), flag);
        var quotes = QuotedEvidence().Matches(cell);
        if (quotes.Count > 0 && cell.StartsWith('"'))
            return (quotes.Select(m => new EvidenceEntry(Unescape(m.Groups["q"].Value), m.Groups["p"].Success ? int.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, "")).ToList(), "", flag);
        return ([new EvidenceEntry(Unescape(cell), 0, "")], "", flag);
    }

    private static string Unescape(string s) => s.Replace("\\|", "|", StringComparison.Ordinal).Trim();

    private static string Slug(string title) => SlugPattern().Replace(title.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"^(Notice|Authors?|Affiliations?|Venue|Keywords?|Abstract|Source|Model|Date|Published|Note|TL;DR)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"`(?<file>[^`]+\.pdf)`|^#+\s*(?<file>\S+\.pdf)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"""(?<q>.*?)""(?:\s\(p\.\s(?<p>\d+)\))?(?=;\s""|$)")]
    private static partial Regex QuotedEvidence();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex SlugPattern();
}
