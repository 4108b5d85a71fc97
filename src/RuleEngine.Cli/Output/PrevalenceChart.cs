using System.Globalization;
using System.Net;
using System.Text;

namespace RuleEngine.Cli.Output;

/// <summary>
/// Draws the prevalence table as a grouped horizontal bar chart in SVG, written directly (no charting
/// package: ScottPlot pulled SkiaSharp's native libraries for every platform into the tool, ~100 MB).
/// One bar per group for each variable row, with its percentage; a legend when there are several groups.
/// </summary>
public static class PrevalenceChart
{
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static void Save(PrevalenceTable table, string path) => File.WriteAllText(path, Svg(table), new UTF8Encoding(false));

    public static string Svg(PrevalenceTable table)
    {
        const int labelW = 260, plotW = 520, barH = 14, gap = 10, top = 40;
        var groups = table.Groups.Count;
        var legendH = groups > 1 ? 20 * ((groups + 2) / 3) + 6 : 0;
        var rowH = groups * barH + gap;
        var width = labelW + plotW + 70;
        var plotTop = top + legendH;
        var height = plotTop + table.Rows.Count * rowH + 36;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"));
        svg.Append(Inv($"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>"));
        var title = Inv($"Reproducibility variables: prevalence ({table.PapersPerGroup.Values.Sum()} papers)");
        svg.Append(Inv($"<title>{E(title)}</title><text x=\"{width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\">{E(title)}</text>"));
        if (groups > 1)
        {
            for (var g = 0; g < groups; g++)
            {
                var (lx, ly) = (labelW + g % 3 * 180, top + g / 3 * 20);
                svg.Append(Inv($"<rect x=\"{lx}\" y=\"{ly}\" width=\"12\" height=\"12\" fill=\"{Palette[g % Palette.Length]}\"/><text x=\"{lx + 17}\" y=\"{ly + 10}\">{E($"{table.Groups[g]} (n={table.PapersPerGroup[table.Groups[g]]})")}</text>"));
            }
        }
        var plotBottom = plotTop + table.Rows.Count * rowH;
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var x = labelW + plotW * tick / 100.0;
            svg.Append(Inv($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{plotTop - 4}\" y2=\"{plotBottom}\" stroke=\"#e5e7eb\"/><text x=\"{x:0.#}\" y=\"{plotBottom + 14}\" text-anchor=\"middle\" fill=\"#6b7280\" font-size=\"11\">{tick}</text>"));
        }
        svg.Append(Inv($"<text x=\"{labelW + plotW / 2}\" y=\"{plotBottom + 30}\" text-anchor=\"middle\" fill=\"#374151\">papers (%)</text>"));
        var y = plotTop;
        foreach (var row in table.Rows)
        {
            svg.Append(Inv($"<text x=\"{labelW - 8}\" y=\"{y + groups * barH / 2.0 + 4:0.#}\" text-anchor=\"end\">{E(row.Label)}</text>"));
            for (var g = 0; g < groups; g++)
            {
                var share = row.Shares[g];
                var by = y + g * barH;
                if (double.IsNaN(share)) continue;
                var w = Math.Clamp(share, 0, 1) * plotW;
                svg.Append(Inv($"<rect x=\"{labelW}\" y=\"{by + 1}\" width=\"{w:0.#}\" height=\"{barH - 2}\" fill=\"{Palette[g % Palette.Length]}\"><title>{E($"{row.Label} — {table.Groups[g]}")}: {share * 100:0.#}%</title></rect>"));
                svg.Append(Inv($"<text x=\"{labelW + w + 4:0.#}\" y=\"{by + barH - 3}\" font-size=\"10\" fill=\"#374151\">{share * 100:0}%</text>"));
            }
            y += rowH;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(RuleEngine.Reports.Html.HtmlText.Clean(s));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
