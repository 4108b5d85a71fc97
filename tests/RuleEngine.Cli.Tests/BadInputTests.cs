using System.Text.Json;

namespace RuleEngine.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void A_file_that_is_not_a_PDF_gets_a_report_with_a_diagnostic_and_exit_code_1()
    {
        var dir = CliRunner.TempDir();
        var notPdf = Path.Combine(dir, "notes.pdf");
        File.WriteAllText(notPdf, "this is not a PDF at all");

        var result = CliRunner.Run("analyze", notPdf, "-f", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Empty(json.RootElement.GetProperty("variables").EnumerateArray());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("error", diagnostic.GetProperty("level").GetString());
        Assert.StartsWith("RE01", diagnostic.GetProperty("id").GetString());
        Assert.DoesNotContain("   at ", result.StdErr); // no stack trace
    }

    [Fact]
    public void In_a_folder_one_bad_file_does_not_stop_the_others()
    {
        var dir = CliRunner.TempDir();
        File.Copy(CliRunner.SamplePdf, Path.Combine(dir, "a-good.pdf"));
        File.WriteAllBytes(Path.Combine(dir, "b-empty.pdf"), []);
        var bytes = File.ReadAllBytes(CliRunner.SamplePdf);
        File.WriteAllBytes(Path.Combine(dir, "c-truncated.pdf"), bytes[..(bytes.Length / 3)]);

        var result = CliRunner.Run("analyze", dir, "-f", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        var good = lines.Single(l => l.GetProperty("paper").GetProperty("file").GetString() == "a-good.pdf");
        Assert.Equal(9, good.GetProperty("variables").GetArrayLength());
        var empty = lines.Single(l => l.GetProperty("paper").GetProperty("file").GetString() == "b-empty.pdf");
        Assert.Equal(0, empty.GetProperty("variables").GetArrayLength());
    }

    [Theory]
    [InlineData("analyze", "--no-such-option", "x.pdf")]
    [InlineData("analyze", "does/not/exist.pdf")]
    [InlineData("analyze", "samples/sample-paper.pdf", "--variables", "NoSuchVariable")]
    [InlineData("analyze", "samples/sample-paper.pdf", "--format", "xml")]
    [InlineData("analyze", "samples/sample-paper.pdf", "--config", "missing.globalconfig")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_with_code_2_and_a_one_line_message(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StdErr + result.StdOut);
    }
}
