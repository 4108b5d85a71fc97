using System.Text.RegularExpressions;
using System.Xml.Linq;
using RuleEngine.Engine.Reporting;
using RuleEngine.Reports.Html;

namespace RuleEngine.Reports.Tests;

public sealed class HtmlPageTests
{
    [Fact]
    public void A_paper_page_has_title_authors_venue_and_one_row_per_variable_with_quotes_pages_and_rules()
    {
        var report = TestReports.Attention() with { Paper = TestReports.Attention().Paper with { Authors = ["Ashish Vaswani, Noam Shazeer"] } };

        var html = PaperPage.Render(report, TestReports.Context, new PaperDetails(Venue: "NeurIPS", Year: "2017"));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>Attention Is All You Need</h1>", html);
        Assert.Contains("<strong>Authors:</strong> Ashish Vaswani, Noam Shazeer", html);
        Assert.Contains("NeurIPS 2017", html);
        Assert.Equal(4, Regex.Matches(html, "<tr id=").Count);
        Assert.Contains(">Open Source Code<div class=\"id\">RV0004</div>", html);
        Assert.Contains("0.97", html);
        Assert.Contains("available at https://github.com/tensorflow/tensor2tensor.</q> <span class=\"page\">p. 10</span> <span class=\"rule\" title=\"Repository link\">· RV0004.repository-link</span>", html);
        Assert.Contains("not found in the paper", html); // the unverified LLM quote is marked
        Assert.Contains("(llm)", html);
        Assert.Contains("RE0100", html);
    }

    [Fact]
    public void A_page_is_self_contained_without_scripts_or_external_assets()
    {
        var html = PaperPage.Render(TestReports.Attention(), TestReports.Context);

        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
    }

    [Fact]
    public void Everything_from_the_paper_is_escaped_and_control_characters_are_stripped()
    {
        var hostile = TestReports.Attention() with
        {
            Paper = new PaperInfo("x<y>.pdf", "sha", 3, "<script>alert(1)</script> \u001b[31mred\u0007 \u202Egnp.exe") { Authors = ["A \"quoted\" <b>author</b>"] },
            Variables =
            [
                new VariableResult
                {
                    Id = "RV0004", Variable = "OpenSourceCode", Name = "Open <Source>", Verdict = "Yes\"><img src=x onerror=alert(1)>", Confidence = 0.9,
                    Evidence = [new EvidenceEntry("code at <a href='javascript:alert(1)'>here</a>\u0000\u0085", 2, "RV0004.\"rule\"")],
                    Rationale = "</td></tr></table><script>",
                },
            ],
            Diagnostics = [new DiagnosticEntry("RE<1>", "warning", "<iframe>")],
        };

        var html = PaperPage.Render(hostile, TestReports.Context, new PaperDetails(Venue: "<i>v</i>", Url: "javascript:alert(1)"));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<a href='javascript", html);
        Assert.DoesNotContain("href=\"javascript", html); // only http(s) links are made from metadata
        Assert.DoesNotContain("<iframe>", html);
        Assert.DoesNotContain("<b>author", html);
        Assert.DoesNotContain("<i>v</i>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        foreach (var c in new[] { '\u001b', '\u0007', '\u0000', '\u0085', '\u202E' }) Assert.DoesNotContain(c, html);
        // Well-formed: the body parses as XML once the doctype and the void <meta> tags are set aside.
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..(html.IndexOf("</body>", StringComparison.Ordinal) + 7)];
        XElement.Parse(body.Replace("&nbsp;", " "));
    }

    [Fact]
    public void The_html_writer_puts_one_page_per_paper_in_a_folder_named_after_the_pdf()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ruleengine-html-" + Guid.NewGuid().ToString("N"));
        try
        {
            var writer = HtmlReportWriter.ToFolder(folder, TestReports.Context);
            writer.Add(TestReports.Attention());
            writer.Add(TestReports.Corrupt());
            writer.Add(TestReports.Attention() with { Paper = TestReports.Attention().Paper with { Sha256 = "ffffffff00" } }); // same name, other paper
            writer.Complete();

            Assert.Equal(["vaswani2017attention.html", "corrupt.html", "vaswani2017attention-ffffffff.html"], writer.Written.Select(Path.GetFileName));
            Assert.Contains("could not be analysed", File.ReadAllText(Path.Combine(folder, "corrupt.html")));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void One_page_to_a_writer_holds_one_paper()
    {
        var writer = HtmlReportWriter.ToWriter(new StringWriter(), TestReports.Context);
        writer.Add(TestReports.Attention());

        Assert.Throws<InvalidOperationException>(() => writer.Add(TestReports.Theory()));
    }

    [Fact]
    public void The_site_has_an_index_with_filters_and_a_chart_and_a_page_per_paper_linked_relatively()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ruleengine-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = SiteWriter.Write(folder, [TestReports.Attention(), TestReports.Theory(), TestReports.Corrupt()], TestReports.Context,
                r => r.Paper.File == "theory.pdf" ? new PaperDetails(Venue: "COLT 2020") : null);

            Assert.Equal(4, files.Count);
            var index = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("<svg", index);
            Assert.Contains("<select data-variable=\"researchtype\">", index);
            Assert.Contains("<option value=\"Theoretical\">Theoretical (1)</option>", index);
            Assert.Contains("data-v-researchtype=\"Experimental\"", index);
            Assert.Contains("COLT 2020", index);
            Assert.Contains("Could not be analysed", index);
            foreach (Match m in Regex.Matches(index, "href=\"([^\"]+)\""))
                Assert.True(File.Exists(Path.Combine(folder, m.Groups[1].Value)), m.Groups[1].Value);
            var page = File.ReadAllText(Path.Combine(folder, "papers", "theory.html"));
            Assert.Contains("<a href=\"../index.html\">", page);
            Assert.Contains("Ethics Statement", page); // a plugin variable outside the context still gets its row
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
