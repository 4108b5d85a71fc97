using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Hosting;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Hosting;
using RuleEngine.Llm.Tests.HiddenInjection;
using RuleEngine.Pdf;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;

namespace RuleEngine.Llm.Tests;

/// <summary>
/// Paper text is data, never instructions (issue #12): an injection a paper hides from its readers (invisible,
/// white on the page, under 1 pt, off the page) reaches no sentence, no detector and no LLM prompt, is reported
/// as RE0108, and changes no verdict — even with a model that obeys whatever its prompt tells it.
/// </summary>
public sealed class HiddenInjectionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<InjectionVariant, HiddenKind> HiddenVariants()
    {
        var data = new TheoryData<InjectionVariant, HiddenKind>();
        foreach (var variant in InjectionVariants.Load())
        {
            if (InjectionVariants.HiddenKindOf(variant) is { } kind) data.Add(variant, kind);
        }
        return data;
    }

    [Fact]
    public void The_variants_file_holds_at_least_ten_variants_of_known_visibility_and_hidden_ones_of_every_kind()
    {
        var variants = InjectionVariants.Load();

        Assert.True(variants.Count >= 10, $"{variants.Count} variants");
        Assert.All(variants, v => Assert.True(InjectionVariants.Kinds.ContainsKey(v.Visibility), $"{v.Id}: unknown visibility '{v.Visibility}'"));
        Assert.Equal(Enum.GetValues<HiddenKind>().Order(), variants.Select(InjectionVariants.HiddenKindOf).OfType<HiddenKind>().Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(HiddenVariants))]
    public void A_hidden_injection_is_in_no_sentence_and_its_drop_is_reported(InjectionVariant variant, HiddenKind kind)
    {
        var pdf = WritePaper(variant, kind);
        using var provider = Services(client: null, out _);
        var analyzer = provider.GetRequiredService<PaperAnalyzer>();

        var document = analyzer.ReadDocument(pdf);
        var report = analyzer.AnalyzeFile(pdf);

        Assert.DoesNotContain(document.Sentences, s => InjectionVariants.Carries(s.Text, variant));
        Assert.False(InjectionVariants.Carries(document.Text, variant), "the injection is in the document text");
        Assert.Contains(document.Sentences, s => s.Text.Contains("NVIDIA A100 GPU", StringComparison.Ordinal));
        var diagnostic = Assert.Single(report.Diagnostics, d => d.Id == "RE0108");
        Assert.Equal(DiagnosticLevels.Warning, diagnostic.Level);
        Assert.Equal(1, diagnostic.Page);
        Assert.Contains("hidden text dropped", diagnostic.Message);
    }

    [Theory]
    [MemberData(nameof(HiddenVariants))]
    public void A_hidden_injection_changes_no_verdict_even_with_a_model_that_obeys_its_prompt(InjectionVariant variant, HiddenKind kind)
    {
        var pdf = WritePaper(variant, kind);
        using var model = new ObedientChatClient([variant.Text]);
        using var heuristicsOnly = Services(client: null, out var seenByHeuristics);
        using var withModel = Services(model, out var seenWithModel);

        var expected = heuristicsOnly.GetRequiredService<PaperAnalyzer>().AnalyzeFile(pdf);
        var actual = withModel.GetRequiredService<PaperAnalyzer>().AnalyzeFile(pdf);

        Assert.Equal(Verdicts(expected), Verdicts(actual));
        Assert.NotEmpty(model.Prompts);
        Assert.Equal(0, model.Obeyed);
        Assert.All(model.Prompts, p => Assert.False(InjectionVariants.Carries(p, variant), "the injection reached the prompt"));
        Assert.All(seenByHeuristics.Concat(seenWithModel), s => Assert.False(InjectionVariants.Carries(s, variant), "a detector saw the injection"));
    }

    [Theory]
    [MemberData(nameof(HiddenVariants))]
    public void The_obedient_model_obeys_the_injection_when_it_is_shown_it(InjectionVariant variant, HiddenKind kind)
    {
        _ = kind;
        using var model = new ObedientChatClient([variant.Text]);
        var prompt = $"Variable: Open Source Code (RV0004)\nAllowed verdicts: Yes, No\n\nPaper: A paper\n[p. 1] {variant.Text}\n";

        model.Answer(prompt);

        Assert.Equal(1, model.Obeyed);
    }

    private static IReadOnlyList<(string Id, string Verdict)> Verdicts(PaperReport report) =>
        [.. report.Variables.Select(v => (v.Id, v.Verdict)).OrderBy(v => v.Id, StringComparer.Ordinal)];

    private string WritePaper(InjectionVariant variant, HiddenKind kind) =>
        _dir.Write($"{kind}-{Guid.NewGuid():N}.pdf", HiddenTextPdfs.BodyWith(HiddenTextPdfs.Hidden(kind, variant.Text)));

    private static ServiceProvider Services(ObedientChatClient? client, out ConcurrentBag<string> sentencesSeen)
    {
        var seen = new ConcurrentBag<string>();
        var services = new ServiceCollection();
        services.AddRuleEngine(new EngineSettings());
        services.AddSingleton<ILayoutReader>(new PdfLayoutReader());
        services.AddVariableDetector(new KeywordDetector(TestVariables.Code, "github.com", Sdk.Verdicts.Yes, Sdk.Verdicts.No, seen));
        services.AddVariableDetector(new KeywordDetector(TestVariables.Hardware, "GPU", Sdk.Verdicts.Yes, Sdk.Verdicts.No, seen));
        services.AddVariableDetector(new KeywordDetector(TestVariables.Kind, "evaluate", Sdk.Verdicts.Experimental, Sdk.Verdicts.Theoretical, seen));
        if (client is not null)
            services.AddLlmFallback(new LlmOptions { Mode = LlmMode.Always, Model = "obedient-model", CachePath = null, RetryDelay = TimeSpan.FromMilliseconds(1) }, client);
        sentencesSeen = seen;
        return services.BuildServiceProvider();
    }
}
