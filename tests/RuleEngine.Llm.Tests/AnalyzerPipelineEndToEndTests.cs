using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Hosting;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Hosting;
using RuleEngine.Pdf;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;

namespace RuleEngine.Llm.Tests;

/// <summary>
/// What <c>analyze --llm fallback</c> does, end to end: the real PDF reader, document builder and engine on
/// the sample paper, a detector unsure of its verdict, the fallback registered in DI, and the real OpenAI
/// client talking to an OpenAI-compatible server on loopback.
/// </summary>
public sealed class AnalyzerPipelineEndToEndTests
{
    private static readonly VariableDescriptor Unsure = new("RV9004", "UnsureCode", "Open Source Code", RuleCategories.Artefacts, [Verdicts.Yes, Verdicts.No],
        "Whether the paper gives concrete access to its own source code.");

    /// <summary>Always says No with low confidence.</summary>
    private sealed class UnsureDetector : VariableDetector
    {
        public override VariableDescriptor Variable => Unsure;
        public override ImmutableArray<RuleDescriptor> SupportedRules => [];
        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end => end.ReportVerdict(Verdicts.No, 0.3, "no idea")));
    }

    [Fact]
    public void A_low_confidence_verdict_is_redecided_by_the_model_with_a_verified_quote()
    {
        var pdf = Path.Combine(RepoPaths.Samples, "sample-paper.pdf");
        Assert.True(File.Exists(pdf), pdf);
        using var server = new LoopbackChatServer(ScriptedReply.Ok(TestPapers.Answer("Yes", "the paper links its repository",
            ("The code to reproduce all experiments is available at https://github.com/sra-paper/sparse-routing-adapters", 3))));
        var options = new LlmOptions { Mode = LlmMode.Fallback, Endpoint = server.Endpoint, Model = "loopback-model", CachePath = null, RetryDelay = TimeSpan.FromMilliseconds(10) };
        var services = new ServiceCollection();
        services.AddRuleEngine(new EngineSettings());
        services.AddSingleton<ILayoutReader>(new PdfLayoutReader());
        services.AddVariableDetector(new UnsureDetector());
        services.AddLlmFallback(options, ChatClientFactory.Create(options, apiKey: null));
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<PaperAnalyzer>().AnalyzeFile(pdf);

        var result = Assert.Single(report.Variables);
        Assert.Equal(("Yes", VerdictSources.Llm, (string?)null), (result.Verdict, result.Source, result.Flag));
        var quote = Assert.Single(result.Evidence);
        Assert.True(quote.Verified);
        Assert.InRange(quote.Page, 1, report.Paper.Pages);
        Assert.Contains("heuristic said No (0.30)", result.Rationale);
        Assert.Contains(report.Diagnostics, d => d.Id == "RE0200" && d.Message.Contains("1 call"));
        var body = Assert.Single(server.Requests).Body;
        Assert.Contains("Sparse Routing Adapters", body);
        Assert.DoesNotContain("Krizhevsky", body); // passages, not the whole paper (references stay out)
    }
}
