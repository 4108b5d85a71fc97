namespace RuleEngine.Comparison.Import;

/// <summary>
/// Corpus id ↔ published paper key, from a TSV like <c>corpus/llm/raw-key-map.tsv</c>: corpus file id,
/// published key, and optionally the venue; no header (a first line starting with "id" is skipped).
/// </summary>
public sealed class KeyMap
{
    private readonly Dictionary<string, string> _idByKey;

    private KeyMap(Dictionary<string, string> idByKey) => _idByKey = idByKey;

    public int Count => _idByKey.Count;

    public string? IdOf(string publishedKey) => _idByKey.GetValueOrDefault(publishedKey);

    public static KeyMap Load(string path) => Parse(File.ReadAllLines(path), path);

    public static KeyMap Parse(IEnumerable<string> lines, string source = "key map")
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in lines)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2) throw new FormatException($"{source}:{n}: expected 'id<TAB>key', found '{line}'");
            if (n == 1 && cells[0].Trim().Equals("id", StringComparison.OrdinalIgnoreCase)) continue;
            map[cells[1].Trim()] = cells[0].Trim();
        }
        return new KeyMap(map);
    }
}
