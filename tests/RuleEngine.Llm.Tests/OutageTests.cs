using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Hosting;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Hosting;
using RuleEngine.Llm.Processing;
using RuleEngine.Pdf;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>Issue #12, item 1: heuristic verdicts are never lost to an outage; a failing endpoint is stopped by a breaker; one paper never starves another.</summary>
public sealed class OutageTests
{
    private sealed class UnsureDetector : VariableDetector
    {
        public override VariableDescriptor Variable => TestVariables.Code;
        public override ImmutableArray<RuleDescriptor> SupportedRules => [];
        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end => end.ReportVerdict(Verdicts.No, 0.3, "no idea")));
        public override string? GetPromptTemplate() => null;
    }

    [Fact]
    public void A_hung_endpoint_with_llm_always_keeps_every_heuristic_verdict_within_the_papers_budget()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Hung());
        var options = new LlmOptions { Mode = LlmMode.Always, Endpoint = server.Endpoint, Model = "loopback-model", CachePath = null, Timeout = TimeSpan.FromSeconds(60), Budget = TimeSpan.FromSeconds(2) };
        var services = new ServiceCollection();
        services.AddRuleEngine(new EngineSettings().With([new("engine.paper_budget_ms", "3000")]));
        services.AddSingleton<ILayoutReader>(new PdfLayoutReader());
        services.AddVariableDetector(new UnsureDetector());
        services.AddLlmFallback(options, ChatClientFactory.Create(options, apiKey: null));
        using var provider = services.BuildServiceProvider();
        var clock = Stopwatch.StartNew();

        var report = provider.GetRequiredService<PaperAnalyzer>().AnalyzeFile(Path.Combine(RepoPaths.Samples, "sample-paper.pdf"));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == EngineDiagnosticIds.PaperTimedOut);
        var code = Assert.Single(report.Variables);
        Assert.Equal(("No", VerdictSources.Heuristic), (code.Verdict, code.Source));
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.Skipped && d.Level == DiagnosticLevels.Warning);
    }

    [Fact]
    public void When_the_llm_budget_runs_out_the_paper_keeps_its_heuristic_verdicts_with_a_warning()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Hung());
        using var run = new LoopbackFallback(server, o => o with { Mode = LlmMode.Always, Timeout = TimeSpan.FromSeconds(60), Budget = TimeSpan.FromSeconds(1) },
            detectors: [new FakeDetector(TestVariables.Code), new FakeDetector(TestVariables.Hardware)]);
        var heuristics = Report(Result("RV0004", "OpenSourceCode", "No", 0.4), Result("RV0007", "HardwareSpecification", "Yes", 0.6));

        var report = run.Process(heuristics);

        Assert.Equal(heuristics.Variables, report.Variables);
        var warning = Assert.Single(report.Diagnostics, d => d.Id == LlmDiagnosticIds.Skipped);
        Assert.Contains("RV0004, RV0007", warning.Message);
    }

    [Fact]
    public void A_hung_endpoint_costs_a_corpus_run_at_most_five_calls()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Hung());
        using var run = new LoopbackFallback(server, o => o with { Mode = LlmMode.Always, Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 3, MaxConcurrency = 1 },
            detectors: [new FakeDetector(TestVariables.Code), new FakeDetector(TestVariables.Hardware)]);

        var reports = Enumerable.Range(0, 6).Select(_ => run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4), Result("RV0007", "HardwareSpecification", "Yes", 0.6)))).ToList();

        Assert.InRange(server.Requests.Count, 1, EndpointCircuit.DefaultFailuresToOpen);
        Assert.All(reports, r => Assert.All(r.Variables, v => Assert.Equal(VerdictSources.Heuristic, v.Source)));
        Assert.Contains(reports[^1].Diagnostics, d => d.Id == LlmDiagnosticIds.Skipped && d.Message.Contains("circuit is open"));
    }

    [Fact]
    public async Task One_papers_backoff_never_holds_the_call_slot_another_paper_needs()
    {
        var clock = Stopwatch.StartNew();
        TimeSpan? hardwareAsked = null;
        var codeCalls = 0;
        using var server = new LoopbackChatServer((_, body) =>
        {
            if (body.Contains("Hardware Specification", StringComparison.Ordinal))
            {
                hardwareAsked ??= clock.Elapsed;
                return ScriptedReply.Ok(Answer("Yes", "gpu", (HardwareSentence, 2)));
            }
            return Interlocked.Increment(ref codeCalls) == 1
                ? new ScriptedReply(503, """{"error":{"message":"busy"}}""", RetryAfter: "3")
                : ScriptedReply.Ok(Answer("Yes", "link", (CodeSentence, 1)));
        });
        using var run = new LoopbackFallback(server, o => o with { MaxConcurrency = 1 },
            detectors: [new FakeDetector(TestVariables.Code), new FakeDetector(TestVariables.Hardware)]);

        var paperA = Task.Run(() => run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4), Result("RV0007", "HardwareSpecification", "Yes", 0.99))));
        await Task.Delay(500);
        var paperB = Task.Run(() => run.Process(Report(Result("RV0004", "OpenSourceCode", "Yes", 0.99), Result("RV0007", "HardwareSpecification", "No", 0.4))));
        var (a, b) = (await paperA, await paperB);

        Assert.NotNull(hardwareAsked);
        Assert.InRange(hardwareAsked.Value, TimeSpan.Zero, TimeSpan.FromSeconds(2.5)); // not after paper A's 3 s Retry-After
        Assert.Equal(VerdictSources.Llm, a.Variables.Single(v => v.Id == "RV0004").Source);
        Assert.Equal(VerdictSources.Llm, b.Variables.Single(v => v.Id == "RV0007").Source);
    }
}
