using System.Text;

namespace RuleEngine.Reports.Tests;

/// <summary>A minimal importer of the three-column verdict table, as a later importer would read it.</summary>
internal static class MarkdownTable
{
    /// <summary>Rows (variable name, result, evidence) of every verdict table in the text, in order.</summary>
    public static List<(string Name, string Result, string Evidence)> Rows(string markdown)
    {
        var rows = new List<(string, string, string)>();
        var inTable = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("| Reproducibility Variable | Result |", StringComparison.Ordinal)) { inTable = true; continue; }
            if (!inTable) continue;
            if (!line.StartsWith('|')) { inTable = false; continue; }
            if (line.StartsWith("|---", StringComparison.Ordinal)) continue;
            var cells = Cells(line);
            rows.Add((cells[0], cells[1], cells.Count > 2 ? cells[2] : ""));
        }
        return rows;
    }

    /// <summary>Splits a row on unescaped pipes and unescapes <c>\|</c>.</summary>
    public static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|') { cell.Append('|'); i++; }
            else if (c == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(c);
        }
        return cells;
    }
}
