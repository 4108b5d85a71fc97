using System.Text.Json;
using System.Text.RegularExpressions;
using RuleEngine.Comparison.Analysis;
using RuleEngine.Comparison.Import;
using RuleEngine.Comparison.Output;
using RuleEngine.Engine.Evaluation;
using Spectre.Console.Testing;

namespace RuleEngine.Comparison.Tests;

public sealed class WriterTests
{
    private static ComparisonResult Result()
    {
        var h = MarkdownTableImporter.Parse(SampleReports.Markdown(
            SampleReports.Paper("p1.pdf", "One", "Experimental", "Academia", "Yes", "No", "Yes", "No", "Yes", "No", "Yes"),
            SampleReports.Paper("p2.pdf", "Two <script>", "Theoretical", "Industry", "No", "No", "No", "No", "No", "No", "No")).Split('\n'), "h", "heuristic");
        var l = MarkdownTableImporter.Parse(SampleReports.Markdown(
            SampleReports.Paper("p1.pdf", "One", "Experimental", "Academia", "No", "No", "Yes", "No", "Yes", "No", "Yes"),
            SampleReports.Paper("p2.pdf", "Two <script>", "Experimental", "Industry", "No", "No", "No", "No", "No", "No", "No")).Split('\n'), "l", "gemini");
        return ComparisonBuilder.Build(h, l, GoldStandard.Parse(["id\tResearchType\tPseudocode", "p1\tExperimental\tNo", "p2\tExperimental\tNo"]));
    }

    [Fact]
    public void Markdown_has_the_agreement_gold_confusion_and_disagreement_tables()
    {
        var text = Write(new ComparisonMarkdownWriter());

        Assert.Contains("| ResearchType | 2 | 50.0% |", text);
        Assert.Contains("| Pseudocode | 2 | 1 (50.0%) | 2 (100.0%) | 1 | 0 | 0 | 1 |", text);
        Assert.Contains("| heuristic \\ gemini | Experimental | Theoretical |", text);
        Assert.Contains("| p2 | ResearchType | Experimental | Theoretical |", text);
        Assert.Contains("## Disagreements (2)", text);
    }

    [Fact]
    public void Html_is_self_contained_with_an_inline_svg_chart()
    {
        var html = Write(new ComparisonHtmlWriter());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
        Assert.Equal(3, Regex.Matches(html, "<svg ").Count); // agreement, who was right, hybrid sweep
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("Two &lt;script&gt;", html);
    }

    [Fact]
    public void Json_parses_and_holds_the_figures()
    {
        using var doc = JsonDocument.Parse(Write(new ComparisonJsonWriter()));
        var root = doc.RootElement;

        Assert.Equal(2, root.GetProperty("papers").GetInt32());
        var rt = root.GetProperty("variables").EnumerateArray().First();
        Assert.Equal(("ResearchType", 0.5), (rt.GetProperty("variable").GetString(), rt.GetProperty("agreement").GetDouble()));
        Assert.Equal(2, root.GetProperty("disagreements").GetArrayLength());
        Assert.Equal(2, root.GetProperty("gold").EnumerateArray().First().GetProperty("llmRight").GetInt32());
    }

    [Fact]
    public void The_console_table_lists_agreement_and_who_was_right()
    {
        var console = new TestConsole().Width(200);

        new ComparisonConsoleWriter(console).Write(Result());

        Assert.Contains("heuristic vs gemini", console.Output);
        Assert.Contains("Who was right", console.Output);
        Assert.Contains("OpenSourceCode", console.Output);
    }

    private static string Write(IComparisonWriter writer)
    {
        var output = new StringWriter();
        writer.Write(Result(), output);
        return output.ToString();
    }
}
