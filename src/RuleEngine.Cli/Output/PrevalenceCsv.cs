using System.Globalization;
using CsvHelper;

namespace RuleEngine.Cli.Output;

/// <summary>
/// <c>summarize -f csv</c>: the prevalence table in long ("tidy") form, one row per variable, verdict and
/// group — <c>variable, verdict, label, group, papers, share</c> with the share as a fraction (0..1) — ready
/// for a pivot table, R or pandas. A group with no verdict for the variable leaves the share empty.
/// </summary>
public static class PrevalenceCsv
{
    public static void Write(TextWriter output, PrevalenceTable table)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in new[] { "variable", "verdict", "label", "group", "papers", "share" }) csv.WriteField(column);
        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            for (var g = 0; g < table.Groups.Count; g++)
            {
                var group = table.Groups[g];
                var share = row.Shares[g];
                csv.WriteField(row.Variable);
                csv.WriteField(row.Verdict);
                csv.WriteField(row.Label);
                csv.WriteField(group);
                csv.WriteField(table.PapersPerGroup[group].ToString(CultureInfo.InvariantCulture));
                csv.WriteField(double.IsNaN(share) ? "" : share.ToString("0.####", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
        csv.Flush();
        output.Flush();
    }
}
