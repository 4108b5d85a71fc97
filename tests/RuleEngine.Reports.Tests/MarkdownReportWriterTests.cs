using RuleEngine.Engine.Reporting;
using RuleEngine.TestSupport;

namespace RuleEngine.Reports.Tests;

public sealed class MarkdownReportWriterTests
{
    private static string Write(params PaperReport[] reports)
    {
        var output = new StringWriter();
        var writer = new MarkdownReportWriter(output, TestReports.Context);
        foreach (var r in reports) writer.Add(r);
        writer.Complete();
        return output.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void Paper_has_a_heading_and_the_spec_table()
    {
        var lines = Write(TestReports.Attention()).Split('\n');
        Assert.Equal("## Attention Is All You Need", lines[0]);
        Assert.Equal("`vaswani2017attention.pdf` · 15 pages", lines[2]);
        var header = Array.IndexOf(lines, "| Reproducibility Variable | Result | Evidence |");
        Assert.True(header > 0);
        Assert.Equal("|---|---|---|", lines[header + 1]);
        Assert.Equal("| Research Type | Experimental | \"6 Results 6.1 Machine Translation On the WMT 2014 English-to-German translation task\" (p. 8) |", lines[header + 2]);
        Assert.Equal("| Pseudocode | No | *no algorithm block; equations and prose only* |", lines[header + 3]);
        Assert.Equal($"| Open Source Code | Yes | \"{TestReports.CodeQuote}\" (p. 10); \"see the \\| pipe and a line break\" (p. 11) |", lines[header + 4]);
        Assert.Equal("| Hardware Specification | Yes | ⚠ evidence not found in text — \"8 NVIDIA P100 GPUs\" (p. 7) |", lines[header + 5]);
        Assert.Equal("", lines[header + 6]);
    }

    [Fact]
    public void Diagnostics_are_listed_below_the_table()
    {
        var text = Write(TestReports.Attention());
        var table = text.IndexOf("|---|---|---|", StringComparison.Ordinal);
        var diagnostics = text.IndexOf("**Diagnostics**", StringComparison.Ordinal);
        Assert.True(diagnostics > table);
        Assert.Contains("- **warning** RE0100 (p. 7): page 7: text layer could not be read\n", text);
    }

    [Fact]
    public void Failed_paper_is_headed_by_its_file_with_no_table_and_its_error()
    {
        var text = Write(TestReports.Corrupt());
        Assert.StartsWith("## corrupt.pdf\n\n*No verdicts", text);
        Assert.DoesNotContain("| Reproducibility Variable |", text);
        Assert.Contains("*No verdicts: the paper could not be analysed.*", text);
        Assert.Contains("- **error** RE0103: the PDF is truncated or corrupt\n", text);
    }

    [Fact]
    public void Several_papers_are_sections_in_the_order_added()
    {
        var text = Write(TestReports.Attention(), TestReports.Corrupt(), TestReports.Theory());
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Attention Is All You Need", "## corrupt.pdf", "## On Bounds"], headings);
        Assert.Equal(2, text.Split('\n').Count(l => l == "| Reproducibility Variable | Result | Evidence |"));
    }

    [Fact]
    public void Table_reads_back_to_the_same_verdicts()
    {
        var reports = new[] { TestReports.Attention(), TestReports.Corrupt(), TestReports.Theory() };
        var rows = MarkdownTable.Rows(Write(reports));

        var expected = reports.SelectMany(r => r.Variables).Select(v => (v.Name, v.Verdict)).ToList();
        Assert.Equal(expected, rows.Select(r => (r.Name, r.Result)).ToList());
        Assert.Contains("\"see the | pipe and a line break\" (p. 11)", rows[2].Evidence);
        Assert.All(rows, r => Assert.Equal(3, MarkdownTable.Cells($"| {r.Name} | {r.Result} | x |").Count));
    }

    [Fact]
    public void The_published_table_form_reads_with_the_same_importer()
    {
        var seed = Path.Combine(RepoPaths.Shared, "seeds", "tldr-iclr2025-llm-verdicts.txt");
        if (!File.Exists(seed)) return; // ../shared is not beside this checkout
        var text = File.ReadAllText(seed).Replace("| LLM Response |", "| Evidence |", StringComparison.Ordinal);
        var rows = MarkdownTable.Rows(text);
        Assert.Equal(9, rows.Count);
        Assert.Equal(("Open Source Code", "No"), (rows[3].Name, rows[3].Result));
        Assert.Equal(("Researcher Affiliation", "Collaboration"), (rows[1].Name, rows[1].Result));
    }
}
