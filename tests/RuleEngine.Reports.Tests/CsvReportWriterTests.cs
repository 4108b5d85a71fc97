using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace RuleEngine.Reports.Tests;

public sealed class CsvReportWriterTests
{
    /// <summary>Reads the writer's output back with CsvHelper's parser: header, then one dictionary per row.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Rows) Parse(string text, string delimiter = ",")
    {
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        return (header, rows);
    }

    [Fact]
    public void The_header_has_the_paper_columns_then_four_columns_per_variable_in_catalog_order()
    {
        var output = new StringWriter();
        var writer = CsvReportWriter.Csv(output, TestReports.Context);

        writer.Complete();

        var (header, rows) = Parse(output.ToString());
        Assert.Empty(rows);
        Assert.Equal(
            ["file", "sha256", "title", "pages", "error",
             "ResearchType", "ResearchType.confidence", "ResearchType.quote", "ResearchType.page",
             "Pseudocode", "Pseudocode.confidence", "Pseudocode.quote", "Pseudocode.page",
             "OpenSourceCode", "OpenSourceCode.confidence", "OpenSourceCode.quote", "OpenSourceCode.page",
             "HardwareSpecification", "HardwareSpecification.confidence", "HardwareSpecification.quote", "HardwareSpecification.page"],
            header);
    }

    [Fact]
    public void Each_paper_is_one_row_with_verdict_confidence_first_quote_and_page()
    {
        var output = new StringWriter();
        var writer = CsvReportWriter.Csv(output, TestReports.Context);

        writer.Add(TestReports.Attention());
        writer.Add(TestReports.Corrupt());
        writer.Add(TestReports.Theory());
        writer.Complete();

        var (_, rows) = Parse(output.ToString());
        Assert.Equal(3, rows.Count);
        var attention = rows[0];
        Assert.Equal("vaswani2017attention.pdf", attention["file"]);
        Assert.Equal("Attention Is All You Need", attention["title"]);
        Assert.Equal("15", attention["pages"]);
        Assert.Equal("", attention["error"]);
        Assert.Equal("Yes", attention["OpenSourceCode"]);
        Assert.Equal("0.97", attention["OpenSourceCode.confidence"]);
        Assert.Equal(TestReports.CodeQuote, attention["OpenSourceCode.quote"]);
        Assert.Equal("10", attention["OpenSourceCode.page"]);
        Assert.Equal("No", attention["Pseudocode"]);
        Assert.Equal("", attention["Pseudocode.quote"]);

        var corrupt = rows[1];
        Assert.Equal("RE0103: the PDF is truncated or corrupt", corrupt["error"]);
        Assert.Equal("", corrupt["ResearchType"]);

        // A variable the run did not have (a plugin's) gets no column; one the paper lacks stays empty.
        Assert.Equal("Theoretical", rows[2]["ResearchType"]);
        Assert.Equal("", rows[2]["OpenSourceCode"]);
        Assert.DoesNotContain(rows[2].Keys, k => k.StartsWith("EthicsStatement", StringComparison.Ordinal));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_per_RFC_4180_and_rows_end_in_CRLF()
    {
        var output = new StringWriter();
        var writer = CsvReportWriter.Csv(output, TestReports.Context);
        var report = TestReports.Theory() with { Paper = new("a,\"b\".pdf", "", 1, "Line one\nline two, \"quoted\"") };

        writer.Add(report);

        var text = output.ToString();
        Assert.Contains("\"a,\"\"b\"\".pdf\"", text);
        Assert.EndsWith("\r\n", text);
        var (_, rows) = Parse(text);
        Assert.Equal("a,\"b\".pdf", rows.Single()["file"]);
        Assert.Equal("Line one\nline two, \"quoted\"", rows.Single()["title"]);
    }

    [Fact]
    public void Tsv_separates_with_tabs_and_reads_back_the_same_cells()
    {
        var output = new StringWriter();
        var writer = CsvReportWriter.Tsv(output, TestReports.Context);

        writer.Add(TestReports.Attention());

        var text = output.ToString();
        Assert.StartsWith("file\tsha256\ttitle\tpages\terror\tResearchType\t", text);
        var (_, rows) = Parse(text, "\t");
        Assert.Equal("Experimental", rows.Single()["ResearchType"]);
        Assert.Equal("8", rows.Single()["ResearchType.page"]);
    }

    [Fact]
    public void Each_row_is_flushed_as_its_paper_is_added()
    {
        var output = new StringWriter();
        var writer = CsvReportWriter.Csv(output, TestReports.Context);

        writer.Add(TestReports.Attention());

        // Nothing buffered: the header and the row are already in the underlying writer.
        Assert.Single(Parse(output.ToString()).Rows);
    }
}
