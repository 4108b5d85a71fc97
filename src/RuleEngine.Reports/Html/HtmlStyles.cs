namespace RuleEngine.Reports.Html;

/// <summary>The inline style sheets of the pages (no external assets: a page works offline and from a file).</summary>
public static class HtmlStyles
{
    public const string Base = """
        :root{--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--head:#f3f4f6}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1180px;padding:1.5rem 1.2rem 3rem;color:var(--fg);line-height:1.5;background:#fff}
        h1{font-size:1.55rem;line-height:1.25;margin:.6rem 0 .4rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
        a{color:#1d4ed8}nav{font-size:.9rem;margin-bottom:.4rem}
        .notice{background:#f9fafb;border:1px solid var(--line);border-radius:6px;padding:.55rem .8rem;font-size:.85rem;color:#374151}
        .meta{margin:.2rem 0;color:#374151}.meta strong{color:var(--fg)}.muted{color:var(--muted)}code{font-size:.85em;background:#f3f4f6;padding:.05rem .3rem;border-radius:4px}
        table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.92rem}
        th,td{border:1px solid var(--line);padding:.45rem .6rem;vertical-align:top;text-align:left}
        thead th{background:var(--head);position:sticky;top:0}
        th[scope=row]{font-weight:600;width:13rem}th[scope=row] .id{font-weight:400;color:var(--muted);font-size:.8rem}
        .verdict{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-weight:600;font-size:.85rem;background:#e5e7eb;color:#111827;white-space:nowrap}
        .v-yes{background:#dcfce7;color:#166534}.v-no{background:#f3f4f6;color:#4b5563}
        .v-experimental{background:#dbeafe;color:#1e40af}.v-theoretical{background:#ede9fe;color:#5b21b6}
        .v-academia{background:#e0f2fe;color:#075985}.v-industry{background:#ffedd5;color:#9a3412}.v-collaboration{background:#fef9c3;color:#854d0e}
        .source{font-size:.75rem;color:var(--muted);margin-left:.35rem}
        .conf{white-space:nowrap;width:7.5rem}.bar{display:inline-block;width:3.2rem;height:.5rem;background:#e5e7eb;border-radius:3px;margin-right:.35rem;vertical-align:middle;overflow:hidden}.bar>span{display:block;height:100%;background:#2563eb}
        ol.quotes{margin:0;padding-left:1.2rem}ol.quotes li{margin:.1rem 0 .45rem}
        q{quotes:"\201C" "\201D"}.page{white-space:nowrap;color:#374151;font-size:.82rem}.rule{font-size:.78rem;color:var(--muted)}
        .why{color:var(--muted);font-size:.85rem;margin:.2rem 0 0}.flag{color:#b45309;font-weight:600}
        ul.diags{font-size:.88rem}.lvl-error{color:#b91c1c}.lvl-warning{color:#b45309}
        footer{margin-top:2.5rem;font-size:.8rem;color:var(--muted)}
        @media print{thead th{position:static}nav{display:none}}
        """;
}
