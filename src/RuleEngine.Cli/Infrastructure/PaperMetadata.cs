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

/// <summary>
/// A metadata CSV/TSV read for the HTML pages: per paper (column <c>id</c> = file name without .pdf, or
/// <c>file</c>) any of <c>title</c>, <c>authors</c> (separated by ';'), <c>venue</c> (or
/// <c>venue_or_status</c>, as in corpus/manifest.tsv), <c>year</c> and <c>url</c>. Empty cells and
/// "unknown" count as not known.
/// </summary>
public static class PaperDetailsFile
{
    public static Func<PaperReport, RuleEngine.Reports.Html.PaperDetails?> Load(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"metadata file not found: {path}");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",");
        var headers = (parser.ReadFields() ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(params string[] names) => names.Select(n => headers.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var key = Column("id", "file");
        if (key < 0) throw new UsageException($"{path}: needs a column 'id' or 'file'");
        var (title, authors, venue, year, url) = (Column("title"), Column("authors", "author"), Column("venue", "venue_or_status"), Column("year"), Column("url", "pdf_url", "link"));
        if (new[] { title, authors, venue, year, url }.All(i => i < 0))
            throw new UsageException($"{path}: none of the columns title, authors, venue, year, url (columns: {string.Join(", ", headers)})");
        var details = new Dictionary<string, RuleEngine.Reports.Html.PaperDetails>(StringComparer.OrdinalIgnoreCase);
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is null || fields.Length <= key) continue;
            string? Cell(int i) => i >= 0 && i < fields.Length && fields[i].Trim() is { Length: > 0 } v && !v.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? v : null;
            var id = Path.GetFileNameWithoutExtension(fields[key]);
            if (id.Length == 0) continue;
            details[id] = new(Cell(title),
                Cell(authors)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Cell(venue), Cell(year), Cell(url));
        }
        return report => details.GetValueOrDefault(Path.GetFileNameWithoutExtension(report.Paper.File));
    }
}
