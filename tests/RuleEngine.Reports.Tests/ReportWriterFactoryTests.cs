namespace RuleEngine.Reports.Tests;

public sealed class ReportWriterFactoryTests
{
    [Theory]
    [InlineData("json", typeof(JsonReportWriter))]
    [InlineData("jsonl", typeof(JsonLinesReportWriter))]
    [InlineData("csv", typeof(CsvReportWriter))]
    [InlineData("tsv", typeof(CsvReportWriter))]
    [InlineData("sarif", typeof(SarifReportWriter))]
    [InlineData("markdown", typeof(MarkdownReportWriter))]
    [InlineData("SARIF", typeof(SarifReportWriter))]
    public void Creates_the_writer_of_each_format(string format, Type type)
    {
        var writer = ReportWriterFactory.Create(format, new StringWriter(), TestReports.Context);
        Assert.IsType(type, writer);
        Assert.Equal(format.ToLowerInvariant(), writer.Format);
    }

    [Fact]
    public void Formats_lists_the_six_formats()
    {
        Assert.Equal(["json", "jsonl", "csv", "tsv", "sarif", "markdown"], ReportWriterFactory.Formats);
        Assert.All(ReportWriterFactory.Formats, f => Assert.Equal(f, ReportWriterFactory.Create(f, new StringWriter(), TestReports.Context).Format));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData("table")]
    public void Unknown_format_throws_listing_the_valid_ones(string format)
    {
        var e = Assert.Throws<ArgumentException>(() => ReportWriterFactory.Create(format, new StringWriter(), TestReports.Context));
        Assert.Equal("format", e.ParamName);
        Assert.All(ReportWriterFactory.Formats, f => Assert.Contains(f, e.Message));
    }
}
