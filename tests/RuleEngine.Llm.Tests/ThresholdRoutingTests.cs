using Microsoft.Extensions.AI;
using NSubstitute;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Configuration;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

public sealed class ThresholdRoutingTests
{
    private static readonly FakeDetector[] Both = [new(TestVariables.Code), new(TestVariables.Hardware)];

    private static PaperReport Heuristics() => Report(
        Result("RV0004", "OpenSourceCode", "No", 0.55),
        Result("RV0007", "HardwareSpecification", "Yes", 0.95, new EvidenceEntry(HardwareSentence, 2, "RV0007.gpu")));

    [Fact]
    public void Fallback_asks_only_about_verdicts_below_the_threshold()
    {
        using var harness = new FallbackHarness(null, null, Both).Answers(Answer("Yes", "a code link", (CodeSentence, 1)));

        var report = harness.Processor.Process(Heuristics(), Paper(), CancellationToken.None);

        Assert.Single(harness.Prompts());
        Assert.Contains("Open Source Code", harness.Prompts()[0]);
        var code = report.Variables.Single(v => v.Id == "RV0004");
        Assert.Equal(("Yes", VerdictSources.Llm), (code.Verdict, code.Source));
        var hardware = report.Variables.Single(v => v.Id == "RV0007");
        Assert.Equal(VerdictSources.Heuristic, hardware.Source);
    }

    [Fact]
    public void A_per_variable_threshold_overrides_the_default()
    {
        var options = new LlmOptions
        {
            Mode = LlmMode.Fallback, CachePath = null, DefaultThreshold = 0.75,
            Thresholds = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { ["RV0004"] = 0.5, ["HardwareSpecification"] = 0.99 },
        };
        using var harness = new FallbackHarness(options, null, Both).Answers(Answer("Yes", "gpu", (HardwareSentence, 2)));

        var report = harness.Processor.Process(Heuristics(), Paper(), CancellationToken.None);

        Assert.Single(harness.Prompts());
        Assert.Contains("Hardware Specification", harness.Prompts()[0]);
        Assert.Equal(VerdictSources.Heuristic, report.Variables.Single(v => v.Id == "RV0004").Source);
        Assert.Equal(VerdictSources.Llm, report.Variables.Single(v => v.Id == "RV0007").Source);
    }

    [Fact]
    public void Always_asks_about_every_variable_even_one_without_a_heuristic_verdict()
    {
        using var harness = new FallbackHarness(new LlmOptions { Mode = LlmMode.Always, CachePath = null }, null, Both)
            .Answers(prompt => prompt.Contains("Open Source Code") ? Answer("Yes", "link", (CodeSentence, 1)) : Answer("Yes", "gpu", (HardwareSentence, 2)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "Yes", 0.99)), Paper(), CancellationToken.None);

        Assert.Equal(2, harness.Prompts().Count);
        Assert.Equal(["RV0004", "RV0007"], report.Variables.Select(v => v.Id));
        Assert.All(report.Variables, v => Assert.Equal(VerdictSources.Llm, v.Source));
    }

    [Fact]
    public void Fallback_also_asks_about_a_variable_whose_detector_gave_no_verdict()
    {
        using var harness = new FallbackHarness(null, null, Both).Answers(Answer("Yes", "gpu", (HardwareSentence, 2)));

        var report = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "Yes", 0.99)), Paper(), CancellationToken.None);

        Assert.Single(harness.Prompts());
        Assert.Equal([("RV0004", VerdictSources.Heuristic), ("RV0007", VerdictSources.Llm)], report.Variables.Select(v => (v.Id, v.Source)));
    }

    [Fact]
    public void Off_never_calls_the_model()
    {
        using var harness = new FallbackHarness(new LlmOptions { Mode = LlmMode.Off, CachePath = null }, null, Both);

        var heuristics = Heuristics();

        var report = harness.Processor.Process(heuristics, Paper(), CancellationToken.None);

        Assert.Empty(harness.Client.ReceivedCalls());
        Assert.Same(heuristics, report);
    }

    [Fact]
    public void The_report_says_how_many_calls_and_tokens_the_paper_took()
    {
        using var harness = new FallbackHarness(null, null, Both).Answers(Answer("No", "no link"));

        var report = harness.Processor.Process(Heuristics(), Paper(), CancellationToken.None);

        var usage = Assert.Single(report.Diagnostics, d => d.Id == "RE0200");
        Assert.Equal(DiagnosticLevels.Info, usage.Level);
        Assert.Equal("LLM (test-model): 1 call, 100 prompt tokens, 20 completion tokens", usage.Message);
    }

    [Fact]
    public void Structured_output_asks_for_the_variables_verdicts_in_a_json_schema()
    {
        using var harness = new FallbackHarness(null, null, Both).Answers(Answer("No", "none"));

        harness.Processor.Process(Heuristics(), Paper(), CancellationToken.None);

        var options = (ChatOptions)harness.Client.ReceivedCalls().Single().GetArguments()[1]!;
        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        var schema = format.Schema!.Value.GetRawText();
        Assert.Contains("\"enum\":[\"Yes\",\"No\"]", schema);
        Assert.Contains("\"quotes\"", schema);
        Assert.Contains("\"reason\"", schema);
    }
}
