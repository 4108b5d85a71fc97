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
        Bars($"Accuracy against gold: {heuristic} (green) vs {llm} (orange)", tallies.Where(g => g.Papers > 0).Select(g => (g.Variable, new[]
        {
            (g.HeuristicAccuracy, "#16a34a", Label(g.HeuristicAccuracy, heuristic)),
            (g.LlmAccuracy, "#ea580c", Label(g.LlmAccuracy, llm)),
        })).ToList());

    /// <summary>
    /// The hybrid's overall accuracy per threshold (a line), each side alone (dashed), and the share of
    /// verdicts taken from the LLM (grey bars, same 0–100% scale as the axis' right-hand labels).
    /// </summary>
    public static string Hybrid(HybridSweep sweep, string heuristic, string llm)
    {
        const int left = 60, top = 34, plotW = 560, plotH = 220, width = left + plotW + 230, height = top + plotH + 44;
        var all = sweep.Overall;
        var values = all.Points.Select(all.Accuracy).Append(all.HeuristicAccuracy).Append(all.LlmAccuracy).ToList();
        var floor = Math.Max(0, Math.Floor((values.Min() - 0.02) * 20) / 20);
        double Y(double acc) => top + plotH - (acc - floor) / (1 - floor) * plotH;
        double X(int i) => left + (sweep.Thresholds.Count == 1 ? plotW / 2.0 : plotW * i / (sweep.Thresholds.Count - 1.0));
        var svg = new StringBuilder();
        var title = $"Overall accuracy of the hybrid by threshold ({all.Verdicts} verdicts)";
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"));
        svg.Append(Inv($"<title>{WebUtility.HtmlEncode(title)}</title><text x=\"0\" y=\"16\" font-weight=\"600\" font-size=\"13\">{WebUtility.HtmlEncode(title)}</text>"));
        for (var k = 0; k <= 4; k++)
        {
            var acc = floor + (1 - floor) * k / 4;
            svg.Append(Inv($"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Y(acc):0.#}\" y2=\"{Y(acc):0.#}\" stroke=\"#e5e7eb\"/><text x=\"{left - 6}\" y=\"{Y(acc) + 4:0.#}\" text-anchor=\"end\" fill=\"#6b7280\">{acc * 100:0.#}%</text>"));
        }
        var barW = Math.Min(28, plotW / Math.Max(1, sweep.Thresholds.Count) * 0.5);
        for (var i = 0; i < all.Points.Count; i++)
        {
            var share = all.LlmShare(all.Points[i]);
            svg.Append(Inv($"<rect x=\"{X(i) - barW / 2:0.#}\" y=\"{top + plotH - share * plotH:0.#}\" width=\"{barW:0.#}\" height=\"{share * plotH:0.#}\" fill=\"#d1d5db\"><title>{Percent(share)} of verdicts from {WebUtility.HtmlEncode(llm)} at {sweep.Thresholds[i]:0.00}</title></rect>"));
            svg.Append(Inv($"<text x=\"{X(i):0.#}\" y=\"{top + plotH + 16}\" text-anchor=\"middle\" fill=\"#374151\">{sweep.Thresholds[i]:0.00}</text>"));
        }
        foreach (var (acc, colour, name) in new[] { (all.HeuristicAccuracy, "#16a34a", heuristic), (all.LlmAccuracy, "#ea580c", llm) })
            svg.Append(Inv($"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Y(acc):0.#}\" y2=\"{Y(acc):0.#}\" stroke=\"{colour}\" stroke-dasharray=\"6 4\" stroke-width=\"2\"/><text x=\"{left + plotW + 8}\" y=\"{Y(acc) + 4:0.#}\" fill=\"{colour}\">{WebUtility.HtmlEncode(name)} alone {Percent(acc)}</text>"));
        var points = string.Join(' ', all.Points.Select((p, i) => Inv($"{X(i):0.#},{Y(all.Accuracy(p)):0.#}")));
        svg.Append(Inv($"<polyline points=\"{points}\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2.5\"/>"));
        for (var i = 0; i < all.Points.Count; i++)
        {
            var acc = all.Accuracy(all.Points[i]);
            var best = sweep.Thresholds[i] == sweep.Best;
            svg.Append(Inv($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(acc):0.#}\" r=\"{(best ? 6 : 4)}\" fill=\"{(best ? "#1d4ed8" : "#2563eb")}\"><title>{sweep.Thresholds[i]:0.00}: {Percent(acc)}</title></circle>"));
        }
        svg.Append(Inv($"<text x=\"{left + plotW / 2}\" y=\"{height - 6}\" text-anchor=\"middle\" fill=\"#6b7280\">confidence threshold (blue: hybrid accuracy; grey bars: share of verdicts from {WebUtility.HtmlEncode(llm)})</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Percent(double x) => EvidenceText.Percent(x);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

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
