using ScottPlot;

namespace RuleEngine.Cli.Output;

/// <summary>Draws the prevalence table as a grouped horizontal bar chart with ScottPlot (PNG or SVG).</summary>
public static class PrevalenceChart
{
    public static void Save(PrevalenceTable table, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var groupCount = table.Groups.Count;
        var bars = new List<Bar>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var g = 0; g < groupCount; g++)
            {
                var share = table.Rows[r].Shares[g];
                if (double.IsNaN(share)) continue;
                bars.Add(new Bar
                {
                    Position = r * (groupCount + 1) + g,
                    Value = share * 100,
                    FillColor = palette.GetColor(g),
                    Orientation = Orientation.Horizontal,
                });
            }
        }
        plot.Add.Bars(bars);
        var ticks = table.Rows.Select((row, r) => new Tick(r * (groupCount + 1) + (groupCount - 1) / 2.0, row.Label)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.Bottom.Label.Text = "papers (%)";
        plot.Title($"Reproducibility variables: prevalence ({table.PapersPerGroup.Values.Sum()} papers)");
        if (groupCount > 1)
        {
            for (var g = 0; g < groupCount; g++)
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{table.Groups[g]} (n={table.PapersPerGroup[table.Groups[g]]})", FillColor = palette.GetColor(g) });
            plot.ShowLegend(Alignment.LowerRight);
        }
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        var height = Math.Max(360, 40 + table.Rows.Count * (groupCount + 1) * 14);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(path, 900, height);
        else plot.SavePng(path, 900, height);
    }
}
