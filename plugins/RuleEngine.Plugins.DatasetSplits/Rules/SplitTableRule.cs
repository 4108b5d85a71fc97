using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>RV0006.split-table: a table whose caption or header row gives per-split sizes (#Train / #Test, "number of test instances").</summary>
internal sealed partial class SplitTableRule(RuleSet rules)
{
    public const string Id = "RV0006.split-table";

    private readonly Regex? _pattern = rules.Pattern(Id);
    private readonly double _weight = rules.Weight(Id, 0.88);

    public SplitFinding? Inspect(DocumentFloat table, PaperDocument document)
    {
        if (_pattern is null || table.Kind != FloatKind.Table) return null;
        // The caption, or one of the first rows of the table (its header), must name the splits, and the table must hold numbers.
        var hasNumbers = new Lazy<bool>(() => Number().IsMatch(table.Content) || Number().IsMatch(RowsAfter(table, document)));
        var m = _pattern.Match(table.Caption);
        if (m.Success && hasNumbers.Value)
            return new SplitFinding(_weight, Evidence.FromSpan(document, table.Span, Id), table.Label);
        foreach (var line in table.ContentLines.Take(6))
        {
            if (_pattern.IsMatch(line.Text) && hasNumbers.Value)
                return new SplitFinding(_weight - 0.03, Evidence.FromLine(line, Id), table.Label);
        }
        return null;
    }

    /// <summary>
    /// The lines right after the float on its page: the float's own content can stop short when a table's
    /// header row reads like a heading, and the rows of numbers then follow the float.
    /// </summary>
    private static string RowsAfter(DocumentFloat table, PaperDocument document)
    {
        var end = table.Span.End;
        var rows = document.Lines.Where(l => l.Start >= end && l.Page == table.Page).Take(MaxRowsAfter).Select(l => l.Text);
        return string.Join("\n", rows);
    }

    private const int MaxRowsAfter = 8;

    [GeneratedRegex(@"\b\d{2,}(?:[,.]\d{3})*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
