using Microsoft.VisualBasic.FileIO;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// A metadata CSV (read with the framework's <see cref="TextFieldParser"/>, which handles quoting): one row
/// per paper, keyed by 'id' (file name without .pdf) or 'file'.
/// </summary>
public sealed class PaperMetadata
{
    private readonly Dictionary<string, string> _values;

    private PaperMetadata(Dictionary<string, string> values) => _values = values;

    public static PaperMetadata Load(string path, string column)
    {
        if (!File.Exists(path)) throw new UsageException($"metadata file not found: {path}");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",");
        var headers = (parser.ReadFields() ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var key = headers.IndexOf("id") is >= 0 and var i ? i : headers.IndexOf("file");
        if (key < 0) throw new UsageException($"{path}: needs a column 'id' or 'file'");
        var wanted = headers.IndexOf(column.Trim().ToLowerInvariant());
        if (wanted < 0) throw new UsageException($"{path}: no column '{column}' (columns: {string.Join(", ", headers)})");
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is null || fields.Length <= Math.Max(key, wanted)) continue;
            var id = Path.GetFileNameWithoutExtension(fields[key]);
            if (id.Length > 0) values[id] = fields[wanted];
        }
        return new PaperMetadata(values);
    }

    public string GroupOf(PaperReport report) =>
        _values.TryGetValue(Path.GetFileNameWithoutExtension(report.Paper.File), out var v) && v.Length > 0 ? v : "(no metadata)";
}
