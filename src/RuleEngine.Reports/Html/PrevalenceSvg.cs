using System.Globalization;
using System.Text;
using static RuleEngine.Reports.Html.HtmlText;

namespace RuleEngine.Reports.Html;

/// <summary>Inline SVG charts of verdict shares (no script, no external assets).</summary>
public static class PrevalenceSvg
{
    private static readonly Dictionary<string, string> Colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Yes"] = "#16a34a", ["No"] = "#d1d5db", ["Experimental"] = "#2563eb", ["Theoretical"] = "#7c3aed",
        ["Academia"] = "#0284c7", ["Industry"] = "#ea580c", ["Collaboration"] = "#ca8a04",
    };

    private static readonly string[] Palette = ["#0891b2", "#db2777", "#65a30d", "#9333ea", "#f59e0b", "#475569"];

    /// <summary>The colour of a verdict in every chart (Yes green, No grey, …; others from a fixed palette).</summary>
    public static string ColourOf(string verdict) =>
        Colours.TryGetValue(verdict, out var c) ? c : Palette[(int)((uint)StableHash(verdict) % Palette.Length)];

    /// <summary>One 100% bar per variable, split by verdict, with the shares written beside it.</summary>
    /// <param name="rows">Per variable: its label, and the number of papers per verdict in display order.</param>
    public static string Stacked(string title, IReadOnlyList<(string Label, IReadOnlyList<(string Verdict, int Papers)> Counts)> rows)
    {
        const int labelW = 200, barW = 420, rowH = 30, legendW = 330;
        var width = labelW + barW + legendW;
        var height = 34 + rows.Count * rowH + 24;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"13\">"));
        svg.Append(Inv($"<title>{Encode(title)}</title><text x=\"0\" y=\"18\" font-weight=\"600\" font-size=\"14\">{Encode(title)}</text>"));
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = labelW + barW * tick / 100.0;
            svg.Append(Inv($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"28\" y2=\"{height - 20}\" stroke=\"#e5e7eb\"/><text x=\"{x:0.#}\" y=\"{height - 6}\" text-anchor=\"middle\" fill=\"#6b7280\" font-size=\"11\">{tick}%</text>"));
        }
        var y = 32;
        foreach (var (label, counts) in rows)
        {
            var n = counts.Sum(c => c.Papers);
            svg.Append(Inv($"<text x=\"{labelW - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Encode(label)}</text>"));
            double x = labelW;
            foreach (var (verdict, papers) in counts)
            {
                if (papers == 0 || n == 0) continue;
                var w = barW * papers / (double)n;
                var share = papers / (double)n;
                svg.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y + 3}\" width=\"{w:0.##}\" height=\"{rowH - 8}\" fill=\"{ColourOf(verdict)}\"><title>{Encode(label)}: {Encode(verdict)} {papers} of {n} ({share * 100:0}%)</title></rect>"));
                if (w >= 34) svg.Append(Inv($"<text x=\"{x + w / 2:0.#}\" y=\"{y + 18}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{(verdict.Equals("No", StringComparison.OrdinalIgnoreCase) ? "#374151" : "#fff")}\">{share * 100:0}%</text>"));
                x += w;
            }
            var legend = string.Join(" · ", counts.Where(c => c.Papers > 0).Select(c => Inv($"{c.Verdict} {c.Papers}")));
            svg.Append(Inv($"<text x=\"{labelW + barW + 8}\" y=\"{y + 17}\" fill=\"#374151\" font-size=\"12\">{Encode(legend)} (n={n})</text>"));
            y += rowH;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s) h = unchecked(h * 31 + c);
        return h;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
