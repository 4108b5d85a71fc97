using System.Globalization;
using System.Net;
using RuleEngine.Comparison.Analysis;
using static RuleEngine.Comparison.Output.EvidenceText;

namespace RuleEngine.Comparison.Output;

/// <summary>
/// A self-contained HTML report: inline CSS, inline SVG charts, no scripts or external assets. Agreement and
/// κ per variable, who was right (with gold), confusion matrices, and the disagreements with both sides'
/// evidence in adjacent columns.
/// </summary>
public sealed class ComparisonHtmlWriter : IComparisonWriter
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1200px;color:#111827;line-height:1.45;padding:0 1rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.3rem}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #d1d5db;padding:.35rem .6rem;vertical-align:top}
        th{background:#f3f4f6;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .matrices{display:flex;flex-wrap:wrap;gap:1.2rem}.matrices table caption{font-weight:600;text-align:left}
        .diag{background:#ecfdf5}.off{background:#fef2f2}
        table.dis td.ev{max-width:30rem;font-size:.82rem;color:#374151}.gold{font-weight:600}.right{color:#15803d}.wrong{color:#b91c1c}
        .muted{color:#6b7280}.flag{color:#b45309}.note{background:#fffbeb;border:1px solid #fcd34d;padding:.6rem .8rem}
        th.best{background:#dcfce7}td.up{background:#f0fdf4;font-weight:600}
        """;

    public void Write(ComparisonResult r, TextWriter o)
    {
        var h = Html(r.HeuristicLabel);
        var l = Html(r.LlmLabel);
        o.WriteLine("<!DOCTYPE html>");
        o.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        o.WriteLine($"<title>{h} vs {l}</title><style>{Css}</style></head><body>");
        o.WriteLine($"<h1>{h} vs {l}</h1>");
        o.WriteLine(Invariant($"<p>{r.Papers} papers on both sides; overall agreement <strong>{Percent(r.OverallAgreement)}</strong>."));
        if (r.OnlyHeuristic.Count > 0 || r.OnlyLlm.Count > 0)
            o.WriteLine(Invariant($" <span class=\"muted\">Not compared: {r.OnlyHeuristic.Count} only on the {h} side, {r.OnlyLlm.Count} only on the {l} side.</span>"));
        o.WriteLine("</p>");

        o.WriteLine("<h2>Agreement per variable</h2>");
        o.WriteLine(AgreementChart.Agreement(r.Agreements));
        o.WriteLine("<table><tr><th>Variable</th><th>Papers</th><th>Agreement</th><th>Cohen's κ</th><th>Disagreements</th></tr>");
        foreach (var a in r.Agreements)
            o.WriteLine(Invariant($"<tr><td>{Html(a.Variable)}</td><td class=\"n\">{a.Papers}</td><td class=\"n\">{Percent(a.Agreement)}</td><td class=\"n\">{Number(a.Kappa)}</td><td class=\"n\">{a.Disagreements}</td></tr>"));
        o.WriteLine("</table>");

        if (r.GoldWithoutOverlap)
        {
            o.WriteLine("<h2>Who was right</h2>");
            o.WriteLine($"<p class=\"note\">{Html(GoldText.NoOverlap(r))}</p>");
        }
        else if (r.Gold is { } gold)
        {
            o.WriteLine(Invariant($"<h2>Who was right <span class=\"muted\">(gold labels for {r.GoldPapers} of the papers)</span></h2>"));
            o.WriteLine(AgreementChart.Gold(gold, r.HeuristicLabel, r.LlmLabel));
            o.WriteLine($"<table><tr><th>Variable</th><th>Papers</th><th>{h} right</th><th>{l} right</th><th>Both</th><th>Neither</th><th>Only {h}</th><th>Only {l}</th></tr>");
            foreach (var g in gold)
                o.WriteLine(Invariant($"<tr><td>{Html(g.Variable)}</td><td class=\"n\">{g.Papers}</td><td class=\"n\">{g.HeuristicRight} ({Percent(g.HeuristicAccuracy)})</td><td class=\"n\">{g.LlmRight} ({Percent(g.LlmAccuracy)})</td><td class=\"n\">{g.BothRight}</td><td class=\"n\">{g.NeitherRight}</td><td class=\"n\">{g.OnlyHeuristicRight}</td><td class=\"n\">{g.OnlyLlmRight}</td></tr>"));
            o.WriteLine("</table>");
        }

        if (r.Hybrid is { } sweep)
        {
            o.WriteLine(Invariant($"<h2>Hybrid: {h} at or above a confidence threshold, {l} below <span class=\"muted\">({sweep.Overall.Verdicts} gold-labelled verdicts)</span></h2>"));
            o.WriteLine($"<p class=\"muted\">{Html(GoldText.Explain(r.HeuristicLabel, r.LlmLabel))}</p>");
            o.WriteLine(AgreementChart.Hybrid(sweep, r.HeuristicLabel, r.LlmLabel));
            o.WriteLine($"<table><tr><th>Variable</th><th>n</th><th>{h}</th>{string.Concat(sweep.Thresholds.Select(t => $"<th{(t == sweep.Best ? " class=\"best\"" : "")}>{GoldText.Threshold(t)}</th>"))}<th>{l}</th></tr>");
            foreach (var row in sweep.Variables.Append(sweep.Overall))
            {
                var top = row.Points.Max(p => p.Right);
                o.WriteLine(Invariant($"<tr><td>{(row == sweep.Overall ? "<strong>all</strong>" : Html(row.Variable))}</td><td class=\"n\">{row.Verdicts}</td><td class=\"n\">{Percent(row.HeuristicAccuracy)}</td>")
                    + string.Concat(row.Points.Select(p => $"<td class=\"n{(p.Right == top && top > Math.Max(row.HeuristicRight, row.LlmRight) ? " up" : "")}\">{Percent(row.Accuracy(p))}</td>"))
                    + $"<td class=\"n\">{Percent(row.LlmAccuracy)}</td></tr>");
            }
            o.WriteLine($"<tr class=\"muted\"><td>from {l}</td><td></td><td class=\"n\">0.0%</td>{string.Concat(sweep.Overall.Points.Select(p => $"<td class=\"n\">{Percent(sweep.Overall.LlmShare(p))}</td>"))}<td class=\"n\">100.0%</td></tr>");
            o.WriteLine("</table>");
            o.WriteLine($"<p>{Html(GoldText.Best(sweep, r.HeuristicLabel, r.LlmLabel))}</p>");
        }

        o.WriteLine($"<h2>Confusion matrices <span class=\"muted\">(rows = {h}, columns = {l})</span></h2><div class=\"matrices\">");
        foreach (var a in r.Agreements)
        {
            o.WriteLine($"<table><caption>{Html(a.Variable)}</caption><tr><th></th>{string.Concat(a.Score.Labels.Select(x => $"<th>{Html(x)}</th>"))}</tr>");
            for (var i = 0; i < a.Score.Labels.Count; i++)
                o.WriteLine($"<tr><th>{Html(a.Score.Labels[i])}</th>{string.Concat(a.Score.Confusion[i].Select((n, j) => $"<td class=\"n {(i == j ? "diag" : n > 0 ? "off" : "")}\">{n.ToString(CultureInfo.InvariantCulture)}</td>"))}</tr>");
            o.WriteLine("</table>");
        }
        o.WriteLine("</div>");

        o.WriteLine(Invariant($"<h2>Disagreements ({r.Disagreements.Count})</h2>"));
        if (r.Disagreements.Count > 0)
        {
            var hasGold = r.Gold is not null;
            o.WriteLine($"<table class=\"dis\"><tr><th>Paper</th><th>Variable</th>{(hasGold ? "<th>Gold</th>" : "")}<th>{h}</th><th>{h} evidence</th><th>{l}</th><th>{l} evidence</th></tr>");
            foreach (var d in r.Disagreements.OrderBy(d => d.Variable, StringComparer.Ordinal).ThenBy(d => d.PaperId, StringComparer.Ordinal))
            {
                var title = d.Title is { Length: > 0 } t ? $"<br><span class=\"muted\">{Html(Shorten(t, 80))}</span>" : "";
                o.WriteLine($"<tr><td>{Html(d.PaperId)}{title}</td><td>{Html(d.Variable)}</td>{(hasGold ? $"<td class=\"gold\">{Html(d.Gold ?? "–")}</td>" : "")}"
                    + $"<td class=\"{Mark(d.Gold, d.Heuristic.Verdict)}\">{Html(Verdict(d.Heuristic))}</td><td class=\"ev\">{Evidence(d.Heuristic)}</td>"
                    + $"<td class=\"{Mark(d.Gold, d.Llm.Verdict)}\">{Html(Verdict(d.Llm))}</td><td class=\"ev\">{Evidence(d.Llm)}</td></tr>");
            }
            o.WriteLine("</table>");
        }
        o.WriteLine("</body></html>");
    }

    private static string Evidence(Model.VariableVerdict v)
    {
        var text = Html(Of(v, maxQuoteChars: 400));
        return v.Flag is null ? text : text.Replace("⚠", "<span class=\"flag\">⚠</span>", StringComparison.Ordinal);
    }

    private static string Mark(string? gold, string verdict) => gold is null ? "" : gold == verdict ? "right" : "wrong";

    private static string Html(string s) => WebUtility.HtmlEncode(s);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
