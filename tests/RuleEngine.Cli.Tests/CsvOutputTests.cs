using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RuleEngine.TestSupport;

namespace RuleEngine.Cli.Tests;

/// <summary><c>analyze -f csv|tsv</c> and <c>summarize -f csv</c>, read back with a CSV parser.</summary>
public sealed class CsvOutputTests
{
    private static readonly string[] NineVariables =
        ["ResearchType", "ResearcherAffiliation", "Pseudocode", "OpenSourceCode", "OpenDatasets", "DatasetSplits", "HardwareSpecification", "SoftwareDependencies", "ExperimentSetup"];

    /// <summary>Three papers: the sample paper, a generated two-page paper, and a file that is not a PDF.</summary>
    private static string ThreePapers()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "a-sample.pdf"));
        File.WriteAllBytes(Path.Combine(dir, "b-small.pdf"), TestPdfs.SmallPaper());
        File.WriteAllText(Path.Combine(dir, "c-notes.pdf"), "not a PDF");
        return dir;
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(string path, string delimiter = ",")
    {
        using var reader = new CsvReader(new StreamReader(path), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        return (header, rows);
    }

    [Theory]
    [InlineData("csv", ",")]
    [InlineData("tsv", "\t")]
    public void Three_papers_give_three_rows_with_a_column_per_variable(string format, string delimiter)
    {
        var dir = ThreePapers();
        var output = Path.Combine(CliRunner.TempDir(), "results." + format);

        var result = CliRunner.Run("analyze", dir, "-f", format, "-o", output, "-q");

        Assert.Equal(1, result.ExitCode); // c-notes.pdf could not be read
        var (header, rows) = Read(output, delimiter);
        Assert.Equal(["file", "sha256", "title", "pages", "error"], header[..5]);
        foreach (var key in NineVariables)
            Assert.Equal([key, key + ".confidence", key + ".quote", key + ".page"], header.SkipWhile(h => h != key).Take(4));
        Assert.Equal(["a-sample.pdf", "b-small.pdf", "c-notes.pdf"], rows.Select(r => r["file"]).Order());
        var sample = rows.Single(r => r["file"] == "a-sample.pdf");
        Assert.Equal("", sample["error"]);
        Assert.Equal(64, sample["sha256"].Length);
        Assert.All(NineVariables, key => Assert.NotEqual("", sample[key]));
        Assert.Equal("Yes", sample["HardwareSpecification"]);
        Assert.NotEqual("", sample["HardwareSpecification.quote"]);
        Assert.True(int.Parse(sample["HardwareSpecification.page"], CultureInfo.InvariantCulture) >= 1);
        var bad = rows.Single(r => r["file"] == "c-notes.pdf");
        Assert.StartsWith("RE01", bad["error"]);
        Assert.Equal("", bad["ResearchType"]);
    }

    [Fact]
    public void An_output_file_ending_in_csv_gets_csv_without_a_format_option()
    {
        var output = Path.Combine(CliRunner.TempDir(), "results.csv");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "-o", output, "--variables", "RV0004,RV0007");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var (header, rows) = Read(output);
        Assert.Equal(["file", "sha256", "title", "pages", "error", "OpenSourceCode", "OpenSourceCode.confidence", "OpenSourceCode.quote", "OpenSourceCode.page",
            "HardwareSpecification", "HardwareSpecification.confidence", "HardwareSpecification.quote", "HardwareSpecification.page"], header);
        Assert.Single(rows);
    }

    [Fact]
    public void Summarize_writes_the_verdict_shares_as_csv()
    {
        var dir = CliRunner.TempDir();
        var results = Path.Combine(dir, "results.jsonl");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "jsonl", "-o", results, "-q").ExitCode);
        var csv = Path.Combine(dir, "prevalence.csv");

        var result = CliRunner.Run("summarize", results, "-f", "csv", "-o", csv);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var (header, rows) = Read(csv);
        Assert.Equal(["variable", "verdict", "label", "group", "papers", "share"], header);
        var hardware = rows.Single(r => r["variable"] == "HardwareSpecification");
        Assert.Equal("Yes", hardware["verdict"]);
        Assert.Equal("1", hardware["papers"]);
        Assert.Equal("1", hardware["share"]);
    }
}
