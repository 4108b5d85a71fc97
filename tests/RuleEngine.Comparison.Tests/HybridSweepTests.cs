using System.Text.Json;
using System.Text.RegularExpressions;
using RuleEngine.Comparison.Analysis;
using RuleEngine.Comparison.Model;
using RuleEngine.Comparison.Output;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;
using Spectre.Console.Testing;

namespace RuleEngine.Comparison.Tests;

public sealed class HybridSweepTests
{
    private static PaperVerdicts Paper(string id, string code, double? confidence) => new(id, null, new Dictionary<string, VariableVerdict>
    {
        ["OpenSourceCode"] = new("OpenSourceCode", code, [], "why", confidence, VerdictSources.Heuristic),
    });

    // Gold: a Yes, b No, c Yes, d No. Heuristic: a right (0.95), b wrong (0.6), c wrong (0.8), d right (0.7).
    // LLM: a wrong, b right, c right, d wrong.
    private static readonly VerdictCollection Heuristic = new("heuristic", [Paper("a", "Yes", 0.95), Paper("b", "Yes", 0.6), Paper("c", "No", 0.8), Paper("d", "No", 0.7)]);
    private static readonly VerdictCollection Llm = new("gemini", [Paper("a", "No", null), Paper("b", "No", null), Paper("c", "Yes", null), Paper("d", "Yes", null)]);
    private static readonly GoldStandard Gold = GoldStandard.Parse(["id\tOpenSourceCode", "a\tYes", "b\tNo", "c\tYes", "d\tNo"]);

    [Fact]
    public void Below_the_threshold_the_llm_decides_at_or_above_it_the_heuristic()
    {
        var sweep = ComparisonBuilder.Build(Heuristic, Llm, Gold, thresholds: [0.5, 0.65, 0.75, 0.85, 1.0]).Hybrid!;

        var code = Assert.Single(sweep.Variables);
        Assert.Equal((4, 2, 2), (code.Verdicts, code.HeuristicRight, code.LlmRight));
        // 0.5: all heuristic (2 right); 0.65: b from LLM (3); 0.75: b, d from LLM (2); 0.85: b, c, d (3); 1.0: all LLM (2).
        Assert.Equal([2, 3, 2, 3, 2], code.Points.Select(p => p.Right));
        Assert.Equal([0, 1, 2, 3, 4], code.Points.Select(p => p.FromLlm));
        Assert.Equal(0.65, sweep.Best); // ties go to the lower threshold: fewer calls
        Assert.Equal(code.Points, sweep.Overall.Points);
    }

    [Fact]
    public void The_default_sweep_runs_from_0_50_to_0_95()
    {
        var sweep = ComparisonBuilder.Build(Heuristic, Llm, Gold).Hybrid!;

        Assert.Equal([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95], sweep.Thresholds);
    }

    [Fact]
    public void Every_writer_reports_the_sweep()
    {
        var result = ComparisonBuilder.Build(Heuristic, Llm, Gold, thresholds: [0.5, 0.65]);

        var markdown = Write(new ComparisonMarkdownWriter(), result);
        Assert.Contains("| OpenSourceCode | 4 | 50.0% | 50.0% | 75.0% | 50.0% |", markdown);
        Assert.Contains("| from gemini | | 0.0% | 0.0% | 25.0% | 100.0% |", markdown);
        Assert.Contains("Best overall: threshold 0.65 — 75.0%", markdown);

        var html = Write(new ComparisonHtmlWriter(), result);
        Assert.Contains("<h2>Hybrid:", html);
        Assert.Equal(3, Regex.Matches(html, "<svg ").Count); // agreement, gold, hybrid

        using var json = JsonDocument.Parse(Write(new ComparisonJsonWriter(), result));
        var hybrid = json.RootElement.GetProperty("hybrid");
        Assert.Equal(0.65, hybrid.GetProperty("best").GetDouble());
        var all = hybrid.GetProperty("variables").EnumerateArray().Last();
        Assert.Equal("all", all.GetProperty("variable").GetString());
        Assert.Equal(0.75, all.GetProperty("points")[1].GetProperty("accuracy").GetDouble());

        var console = new TestConsole().Width(200);
        new ComparisonConsoleWriter(console).Write(result);
        Assert.Contains("0.65 (best)", console.Output);
        Assert.Contains("Hybrid accuracy per variable", console.Output);
    }

    [Fact]
    public void Without_overlapping_gold_labels_it_says_so_instead_of_drawing_zeros()
    {
        var elsewhere = GoldStandard.Parse(["id\tOpenSourceCode", "x\tYes", "y\tNo"]);
        var result = ComparisonBuilder.Build(Heuristic, Llm, elsewhere);

        Assert.True(result.GoldWithoutOverlap);
        Assert.Null(result.Hybrid);
        var html = Write(new ComparisonHtmlWriter(), result);
        Assert.Contains("No compared paper has a gold label", html);
        Assert.Single(Regex.Matches(html, "<svg ")); // agreement only: no gold bars at 0.0%
        Assert.DoesNotContain("0 (0.0%)", html);
        var markdown = Write(new ComparisonMarkdownWriter(), result);
        Assert.Contains("No compared paper has a gold label", markdown);
        Assert.DoesNotContain("(0.0%)", markdown);
        var console = new TestConsole().Width(200);
        new ComparisonConsoleWriter(console).Write(result);
        Assert.Contains("No compared paper has a gold label", console.Output);
        using var json = JsonDocument.Parse(Write(new ComparisonJsonWriter(), result));
        Assert.StartsWith("No compared paper", json.RootElement.GetProperty("goldNote").GetString());
    }

    private static string Write(IComparisonWriter writer, ComparisonResult result)
    {
        var output = new StringWriter();
        writer.Write(result, output);
        return output.ToString();
    }
}
