using System.Globalization;
using System.Text;
using RuleEngine.Engine.Reporting;
using static RuleEngine.Reports.Html.HtmlText;

namespace RuleEngine.Reports.Html;

/// <summary>
/// <c>summarize --site DIR</c>: a static site over a corpus of reports. <c>DIR/index.html</c> has the
/// prevalence chart (inline SVG), per-variable filters and a text filter (plain inline JavaScript; without
/// it every paper is listed) and a table with one row per paper; <c>DIR/papers/NAME.html</c> is each
/// paper's page (<see cref="PaperPage"/>, linking back). Every link is relative, nothing is fetched from
/// the network, and the folder can be opened from disk or served as is.
/// </summary>
public static class SiteWriter
{
    public const string PapersFolder = "papers";

    /// <summary>Writes the site and returns the files written (index first).</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<PaperReport> reports, ReportContext? context,
        Func<PaperReport, PaperDetails?>? details = null, string? title = null)
    {
        details ??= _ => null;
        Directory.CreateDirectory(Path.Combine(folder, PapersFolder));
        var names = new PageNames();
        var ordered = reports.Select(r => (Report: r, Details: details(r) ?? PaperDetails.None))
            .OrderBy(x => TitleOf(x.Report, x.Details), StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Report.Paper.File, StringComparer.Ordinal)
            .Select(x => (x.Report, x.Details, Page: $"{PapersFolder}/{names.For(x.Report)}")).ToList();
        var written = new List<string> { Path.Combine(folder, "index.html") };
        foreach (var (report, d, page) in ordered)
        {
            var path = Path.Combine(folder, page.Replace('/', Path.DirectorySeparatorChar));
            File.WriteAllText(path, PaperPage.Render(report, context, d, indexHref: "../index.html"), Utf8);
            written.Add(path);
        }
        File.WriteAllText(written[0], Index(ordered, context, title), Utf8);
        return written;
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    private sealed record Column(string Key, string Title, string Id, IReadOnlyList<string> Verdicts);

    private static string Index(IReadOnlyList<(PaperReport Report, PaperDetails Details, string Page)> papers, ReportContext? context, string? title)
    {
        var analysed = papers.Where(p => !p.Report.Failed).ToList();
        var failed = papers.Where(p => p.Report.Failed).ToList();
        var columns = Columns(analysed.Select(p => p.Report).ToList(), context);
        title = string.IsNullOrWhiteSpace(title) ? Invariant($"Reproducibility of {analysed.Count} papers") : title;
        var o = new StringBuilder();
        o.AppendLine("<!DOCTYPE html>");
        o.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        o.AppendLine($"<meta name=\"generator\" content=\"RuleEngine{(context is null ? "" : " " + Encode(context.ToolVersion))}\">");
        o.AppendLine($"<title>{Encode(title)}</title><style>{HtmlStyles.Base}{SiteCss}</style></head><body>");
        o.AppendLine($"<h1>{Encode(title)}</h1>");
        o.AppendLine("<p class=\"notice\">Verdicts made by RuleEngine's heuristic rules from each PDF's text, offline. Open a paper for the confidence, the verbatim quotes with their pages and the rule that found each. Automated classification can be wrong; read the evidence.</p>");
        o.AppendLine(Invariant($"<p class=\"meta\">{analysed.Count} papers analysed{(failed.Count > 0 ? Invariant($", {failed.Count} could not be") : "")}; {columns.Count} variables.</p>"));

        o.AppendLine("<h2>Prevalence</h2>");
        o.AppendLine(PrevalenceSvg.Stacked("Share of papers per verdict", columns.Select(c => (c.Title,
            (IReadOnlyList<(string, int)>)c.Verdicts.Select(v => (v, analysed.Count(p => VerdictOf(p.Report, c.Key) == v))).ToList())).ToList()));

        o.AppendLine("<h2>Papers</h2>");
        o.AppendLine("<form id=\"filters\" class=\"filters\" onsubmit=\"return false\">");
        o.AppendLine("<label class=\"search\">Title, author, venue or file <input id=\"q\" type=\"search\" placeholder=\"filter…\" autocomplete=\"off\"></label>");
        foreach (var c in columns)
        {
            o.Append($"<label>{Encode(c.Title)} <select data-variable=\"{Encode(Slug(c.Key))}\"><option value=\"\">any</option>");
            foreach (var v in c.Verdicts)
                o.Append(Invariant($"<option value=\"{Encode(v)}\">{Encode(v)} ({analysed.Count(p => VerdictOf(p.Report, c.Key) == v)})</option>"));
            o.AppendLine("</select></label>");
        }
        o.AppendLine("<button type=\"button\" id=\"reset\">Show all</button>");
        o.AppendLine(Invariant($"<p class=\"count\">Showing <strong id=\"shown\">{analysed.Count}</strong> of {analysed.Count} papers.</p></form>"));

        o.Append("<div class=\"scroll\"><table id=\"papers\"><thead><tr><th>Paper</th>");
        foreach (var c in columns) o.Append($"<th title=\"{Encode(c.Id)}\">{Encode(c.Title)}</th>");
        o.AppendLine("</tr></thead><tbody>");
        foreach (var (report, d, page) in analysed)
        {
            var paperTitle = TitleOf(report, d);
            var authors = d.Authors is { Count: > 0 } a ? a : report.Paper.Authors ?? [];
            var venue = string.Join(" ", new[] { d.Venue, d.Year is { Length: > 0 } y && d.Venue?.Contains(y, StringComparison.Ordinal) != true ? y : null }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var text = string.Join(" ", new[] { paperTitle, string.Join(" ", authors), venue, report.Paper.File }).ToLowerInvariant();
            o.Append($"<tr data-text=\"{Encode(text)}\"");
            foreach (var c in columns) o.Append($" data-v-{Encode(Slug(c.Key))}=\"{Encode(VerdictOf(report, c.Key) ?? "")}\"");
            o.Append($"><td class=\"paper\"><a href=\"{Encode(page)}\">{Encode(paperTitle)}</a>");
            if (authors.Count > 0) o.Append($"<div class=\"muted small\">{Encode(Shorten(string.Join("; ", authors), 140))}</div>");
            if (venue.Length > 0) o.Append($"<div class=\"small\">{Encode(venue)}</div>");
            o.Append("</td>");
            foreach (var c in columns)
            {
                var v = report.Variables.FirstOrDefault(x => x.Variable == c.Key);
                o.Append(v is null ? "<td class=\"muted\">–</td>"
                    : $"<td><span class=\"verdict v-{Slug(v.Verdict)}\" title=\"confidence {Number(v.Confidence)}\">{Encode(v.Verdict)}</span></td>");
            }
            o.AppendLine("</tr>");
        }
        o.AppendLine("</tbody></table></div>");

        if (failed.Count > 0)
        {
            o.AppendLine("<h2>Could not be analysed</h2><ul>");
            foreach (var (report, d, page) in failed)
                o.AppendLine($"<li><a href=\"{Encode(page)}\">{Encode(TitleOf(report, d))}</a>: {Encode(string.Join("; ", report.Diagnostics.Where(x => x.Level == DiagnosticLevels.Error).Select(x => $"{x.Id} {x.Message}")))}</li>");
            o.AppendLine("</ul>");
        }
        o.AppendLine($"<footer>Generated by RuleEngine{(context is null ? "" : " " + Encode(context.ToolVersion))}. The filters need JavaScript; without it every paper is listed.</footer>");
        o.AppendLine($"<script>{Script}</script>");
        o.AppendLine("</body></html>");
        return o.ToString();
    }

    /// <summary>The variables to show, in the run's order (else by id), each with its verdict values in display order.</summary>
    private static List<Column> Columns(IReadOnlyList<PaperReport> reports, ReportContext? context)
    {
        var seen = reports.SelectMany(r => r.Variables).GroupBy(v => v.Variable, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, First: g.First(), Verdicts: g.GroupBy(v => v.Verdict, StringComparer.Ordinal).OrderByDescending(x => x.Count()).Select(x => x.Key).ToList()))
            .ToList();
        int Order(string key, string id) => context?.Variables.ToList().FindIndex(d => d.Key == key || d.Id == id) is >= 0 and var i ? i : int.MaxValue;
        return seen.OrderBy(s => Order(s.Key, s.First.Id)).ThenBy(s => s.First.Id, StringComparer.Ordinal)
            .Select(s =>
            {
                var allowed = context?.Variables.FirstOrDefault(d => d.Key == s.Key)?.AllowedVerdicts.ToList() ?? [];
                var verdicts = allowed.Where(s.Verdicts.Contains).Concat(s.Verdicts.Where(v => !allowed.Contains(v))).ToList();
                return new Column(s.Key, string.IsNullOrWhiteSpace(s.First.Name) ? s.Key : s.First.Name, s.First.Id, verdicts);
            }).ToList();
    }

    private static string? VerdictOf(PaperReport report, string key) => report.Variables.FirstOrDefault(v => v.Variable == key)?.Verdict;

    private static string TitleOf(PaperReport report, PaperDetails details) =>
        new[] { details.Title, report.Paper.Title }.FirstOrDefault(t => Clean(t).Length > 0) ?? report.Paper.File;

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private const string SiteCss = """
        .chart{max-width:100%;height:auto}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;background:#f9fafb;border:1px solid var(--line);border-radius:6px;padding:.7rem .8rem;font-size:.85rem}
        .filters label{display:flex;flex-direction:column;gap:.15rem}.filters .search{flex:1 1 16rem}
        .filters input,.filters select,.filters button{font:inherit;padding:.25rem .4rem;border:1px solid #d1d5db;border-radius:4px;background:#fff}
        .filters .count{flex-basis:100%;margin:.2rem 0 0}
        body{max-width:1440px}.scroll{overflow-x:auto}
        #papers td.paper{min-width:15rem}#papers td,#papers th{font-size:.84rem;padding:.35rem .45rem}.small{font-size:.8rem}
        #papers thead th{font-size:.78rem}
        """;

    private const string Script = """
        (function () {
          var selects = Array.prototype.slice.call(document.querySelectorAll('#filters select[data-variable]'));
          var query = document.getElementById('q');
          var rows = Array.prototype.slice.call(document.querySelectorAll('#papers tbody tr'));
          var shown = document.getElementById('shown');
          function apply() {
            var text = query.value.trim().toLowerCase(), count = 0;
            rows.forEach(function (row) {
              var ok = selects.every(function (s) { return !s.value || row.getAttribute('data-v-' + s.getAttribute('data-variable')) === s.value; });
              if (ok && text) ok = row.getAttribute('data-text').indexOf(text) >= 0;
              row.hidden = !ok;
              if (ok) count++;
            });
            shown.textContent = String(count);
          }
          // The filters live in the address (#researchtype=Theoretical&q=bandit), so a filtered view can be shared.
          function save() {
            var parts = selects.filter(function (s) { return s.value; }).map(function (s) { return s.getAttribute('data-variable') + '=' + encodeURIComponent(s.value); });
            if (query.value.trim()) parts.push('q=' + encodeURIComponent(query.value.trim()));
            history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
          }
          function load() {
            location.hash.replace(/^#/, '').split('&').forEach(function (part) {
              var i = part.indexOf('='), key = part.slice(0, i), value = decodeURIComponent(part.slice(i + 1));
              if (i < 0) return;
              if (key === 'q') { query.value = value; return; }
              selects.forEach(function (s) {
                if (s.getAttribute('data-variable') === key && Array.prototype.some.call(s.options, function (o) { return o.value === value; })) s.value = value;
              });
            });
          }
          function changed() { apply(); save(); }
          selects.forEach(function (s) { s.addEventListener('change', changed); });
          query.addEventListener('input', changed);
          document.getElementById('reset').addEventListener('click', function () {
            selects.forEach(function (s) { s.value = ''; });
            query.value = '';
            changed();
          });
          load();
          apply();
          document.documentElement.setAttribute('data-filters', 'ready');
        })();
        """;
}
