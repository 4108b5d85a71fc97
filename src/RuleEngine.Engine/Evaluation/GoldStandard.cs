namespace RuleEngine.Engine.Evaluation;

/// <summary>
/// Gold verdicts per paper, read from a TSV shaped like <c>corpus/labels/dev.tsv</c>: a header <c>id</c>
/// followed by variable keys (<c>ResearchType</c>, <c>OpenSourceCode</c>, …), one paper per row.
/// </summary>
public sealed class GoldStandard
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _labels;

    private GoldStandard(IReadOnlyList<string> variables, Dictionary<string, IReadOnlyDictionary<string, string>> labels)
    {
        Variables = variables;
        _labels = labels;
    }

    /// <summary>Variable keys in column order.</summary>
    public IReadOnlyList<string> Variables { get; }

    public IReadOnlyCollection<string> PaperIds => _labels.Keys;

    public bool TryGet(string paperId, out IReadOnlyDictionary<string, string> labels) => _labels.TryGetValue(paperId, out labels!);

    public static GoldStandard Load(string path) => Parse(File.ReadAllLines(path), path);

    public static GoldStandard Parse(IReadOnlyList<string> lines, string source = "gold")
    {
        if (lines.Count == 0) throw new FormatException($"{source}: empty file");
        var header = lines[0].Split('\t');
        if (!header[0].Equals("id", StringComparison.OrdinalIgnoreCase)) throw new FormatException($"{source}: the first column must be 'id'");
        var variables = header.Skip(1).Select(h => h.Trim()).ToList();
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var cells = lines[i].Split('\t');
            if (cells.Length != header.Length) throw new FormatException($"{source}:{i + 1}: expected {header.Length} columns, found {cells.Length}");
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 1; c < cells.Length; c++)
                if (!string.IsNullOrWhiteSpace(cells[c])) row[variables[c - 1]] = cells[c].Trim();
            labels[cells[0].Trim()] = row;
        }
        return new GoldStandard(variables, labels);
    }

    /// <summary>The paper id of a file: its name without extension.</summary>
    public static string PaperIdOf(string file) => Path.GetFileNameWithoutExtension(file);
}
