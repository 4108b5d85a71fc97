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
        var m = _pattern.Match(table.Caption);
        if (m.Success && Number().IsMatch(table.Content))
            return new SplitFinding(_weight, Evidence.FromSpan(document, table.Span, Id), table.Label);
        foreach (var line in table.ContentLines.Take(6))
        {
            if (_pattern.IsMatch(line.Text) && Number().IsMatch(table.Content))
                return new SplitFinding(_weight - 0.03, Evidence.FromLine(line, Id), table.Label);
        }
        return null;
    }

    [GeneratedRegex(@"\b\d{2,}(?:[,.]\d{3})*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
