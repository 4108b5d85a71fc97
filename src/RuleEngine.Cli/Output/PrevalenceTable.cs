using RuleEngine.Engine.Reporting;
using Spectre.Console;

namespace RuleEngine.Cli.Output;

/// <summary>Share of papers per verdict, per variable and group.</summary>
public sealed record PrevalenceTable(IReadOnlyList<string> Groups, IReadOnlyList<PrevalenceRow> Rows, IReadOnlyDictionary<string, int> PapersPerGroup)
{
    /// <summary>The verdict whose share is the variable's prevalence: Yes for yes/no variables, else each value.</summary>
    public static PrevalenceTable Compute(IReadOnlyList<PaperReport> reports, Func<PaperReport, string> groupOf)
    {
        var grouped = reports.GroupBy(groupOf).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var groups = grouped.Select(g => g.Key).ToList();
        var variables = reports.SelectMany(r => r.Variables).GroupBy(v => v.Variable).Select(g => (Key: g.Key, Name: g.First().Name, Id: g.First().Id, Verdicts: g.Select(v => v.Verdict).Distinct().ToList()))
            .OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        var rows = new List<PrevalenceRow>();
        foreach (var variable in variables)
        {
            var values = variable.Verdicts.Contains("Yes") || variable.Verdicts.Contains("No") ? ["Yes"] : variable.Verdicts.Order(StringComparer.Ordinal).ToList();
            foreach (var value in values)
            {
                var shares = grouped.Select(g =>
                {
                    var decided = g.Select(r => r.Variables.FirstOrDefault(v => v.Variable == variable.Key)).Where(v => v is not null).ToList();
                    return decided.Count == 0 ? double.NaN : (double)decided.Count(v => v!.Verdict == value) / decided.Count;
                }).ToList();
                rows.Add(new PrevalenceRow(variable.Key, value == "Yes" ? variable.Name : $"{variable.Name}: {value}", value, shares));
            }
        }
        return new PrevalenceTable(groups, rows, grouped.ToDictionary(g => g.Key, g => g.Count()));
    }

    public static void Print(IAnsiConsole console, PrevalenceTable table)
    {
        var t = new Table().Border(TableBorder.Rounded).Title("Prevalence (share of papers)");
        t.AddColumn("Variable");
        foreach (var g in table.Groups) t.AddColumn(new TableColumn($"{Markup.Escape(g)}\n[grey]n={table.PapersPerGroup[g]}[/]").RightAligned());
        foreach (var row in table.Rows)
            t.AddRow([Markup.Escape(row.Label), .. row.Shares.Select(s => double.IsNaN(s) ? "–" : $"{s:P0}")]);
        console.Write(t);
    }
}

/// <summary>One line of the prevalence table: a variable (and verdict value) with its share in each group.</summary>
public sealed record PrevalenceRow(string Variable, string Label, string Verdict, IReadOnlyList<double> Shares);
