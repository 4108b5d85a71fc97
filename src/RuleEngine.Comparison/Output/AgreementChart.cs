using System.Globalization;
using System.Net;
using System.Text;
using RuleEngine.Comparison.Analysis;

namespace RuleEngine.Comparison.Output;

/// <summary>Inline SVG bar charts (no external assets): agreement per variable, and with gold each side's accuracy.</summary>
public static class AgreementChart
{
    private const int LabelWidth = 190;
    private const int BarWidth = 420;
    private const int RowHeight = 26;

    /// <summary>One bar per variable: the share of papers on which the sides agree.</summary>
    public static string Agreement(IReadOnlyList<VariableAgreement> agreements) =>
        Bars("Agreement per variable", agreements.Select(a => (a.Variable, new[] { (a.Agreement, "#3b82f6", Label(a.Agreement, $"κ {a.Kappa:0.00}")) })).ToList());

    /// <summary>Two bars per variable: how often each side matched gold.</summary>
    public static string Gold(IReadOnlyList<GoldTally> tallies, string heuristic, string llm) =>
        Bars($"Accuracy against gold: {heuristic} (green) vs {llm} (orange)", tallies.Select(g => (g.Variable, new[]
        {
            (g.HeuristicAccuracy, "#16a34a", Label(g.HeuristicAccuracy, heuristic)),
            (g.LlmAccuracy, "#ea580c", Label(g.LlmAccuracy, llm)),
        })).ToList());

    private static string Label(double value, string note) => string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.0}% · {note}");

    private static string Bars(string title, IReadOnlyList<(string Name, (double Value, string Colour, string Text)[] Bars)> rows)
    {
        var perRow = rows.Count == 0 ? 1 : rows.Max(r => r.Bars.Length);
        var rowHeight = RowHeight * perRow;
        var height = 30 + rows.Count * (rowHeight + 8) + 20;
        var width = LabelWidth + BarWidth + 200;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" font-weight=\"600\">{WebUtility.HtmlEncode(title)}</text>");
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = LabelWidth + BarWidth * tick / 100.0;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"24\" x2=\"{x:0.#}\" y2=\"{height - 18}\" stroke=\"#e5e7eb\"/><text x=\"{x:0.#}\" y=\"{height - 4}\" text-anchor=\"middle\" fill=\"#6b7280\" font-size=\"11\">{tick}%</text>");
        }
        var y = 30;
        foreach (var (name, bars) in rows)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + rowHeight / 2 + 4}\" text-anchor=\"end\">{WebUtility.HtmlEncode(name)}</text>");
            for (var i = 0; i < bars.Length; i++)
            {
                var (value, colour, text) = bars[i];
                var w = Math.Clamp(value, 0, 1) * BarWidth;
                var by = y + i * RowHeight + 3;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{by}\" width=\"{w:0.#}\" height=\"{RowHeight - 6}\" fill=\"{colour}\" rx=\"3\"><title>{WebUtility.HtmlEncode(name)}: {WebUtility.HtmlEncode(text)}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6:0.#}\" y=\"{by + RowHeight / 2 + 1}\" fill=\"#111827\" font-size=\"12\">{WebUtility.HtmlEncode(text)}</text>");
            }
            y += rowHeight + 8;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
