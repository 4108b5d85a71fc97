using System.Text.Json;

namespace RuleEngine.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private static readonly string[] NineVariables =
        ["ResearchType", "ResearcherAffiliation", "Pseudocode", "OpenSourceCode", "OpenDatasets", "DatasetSplits", "HardwareSpecification", "SoftwareDependencies", "ExperimentSetup"];

    [Fact]
    public void The_sample_paper_gets_nine_verdicts_and_every_positive_one_has_a_quote_with_a_page()
    {
        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--format", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("sample-paper.pdf", root.GetProperty("paper").GetProperty("file").GetString());
        var variables = root.GetProperty("variables").EnumerateArray().ToList();
        Assert.Equal(NineVariables.Order(), variables.Select(v => v.GetProperty("variable").GetString()!).Order());
        foreach (var v in variables.Where(v => v.GetProperty("verdict").GetString() is "Yes" or "Experimental"))
        {
            var evidence = v.GetProperty("evidence").EnumerateArray().ToList();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e => Assert.True(e.GetProperty("page").GetInt32() >= 1));
        }
    }

    [Fact]
    public void The_default_table_output_names_every_variable()
    {
        var result = CliRunner.Run("analyze", CliRunner.SamplePdf);

        Assert.True(result.ExitCode == 0, result.StdErr);
        foreach (var title in new[] { "Research Type", "Open Source Code", "Hardware Specification", "Experiment Setup" })
            Assert.Contains(title, result.StdOut);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("sarif")]
    [InlineData("markdown")]
    public void Every_format_writes_to_the_output_file(string format)
    {
        var output = Path.Combine(CliRunner.TempDir(), "report." + format);

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--format", format, "--output", output);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var text = File.ReadAllText(output);
        switch (format)
        {
            case "jsonl":
                Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                JsonDocument.Parse(text).Dispose();
                break;
            case "sarif":
                using (var sarif = JsonDocument.Parse(text))
                {
                    Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
                    Assert.Equal(9, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
                }
                break;
            case "markdown":
                Assert.Contains("| Reproducibility Variable | Result |", text);
                break;
        }
    }

    [Fact]
    public void The_variables_filter_runs_only_the_named_variables()
    {
        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "json", "--variables", "RV0004,HardwareSpecification");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(["HardwareSpecification", "OpenSourceCode"], json.RootElement.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("variable").GetString()!).Order());
    }

    [Fact]
    public void A_config_file_can_switch_a_variable_off()
    {
        var config = Path.Combine(CliRunner.TempDir(), "my.globalconfig");
        File.WriteAllText(config, "ruleengine.RV0008.enabled = false\n");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "-f", "json", "--config", config);

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var keys = json.RootElement.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("variable").GetString()).ToList();
        Assert.Equal(8, keys.Count);
        Assert.DoesNotContain("SoftwareDependencies", keys);
    }
}
