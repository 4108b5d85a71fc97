using RuleEngine.Document.Building;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Sdk.Documents;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests.Injection;

/// <summary>
/// Issue #12, item 3 (prompt half): with a model that obeys every instruction in its prompt, no planted
/// instruction changes a verdict — through the real prompt builder, acceptance rule and fallback processor.
/// </summary>
public sealed class InjectionTests
{
    public static TheoryData<InjectionVariant> VisibleVariants() => [.. InjectionVariants.Load().Where(v => v.Visible)];

    private static PaperDocument PaperWith(string planted) => PaperDocumentBuilder.FromText($"""
        A Tool for Testing
        Jane Doe, University of Somewhere

        1 Introduction
        We study a problem and propose a method. {CodeSentence}
        <<<PAGE>>>
        4 Experiments
        We evaluate on three benchmarks. {planted}
        {HardwareSentence} Training takes two hours.
        """, "test-paper.pdf");

    private static PaperReport Heuristics() => Report(
        Result("RV0004", "OpenSourceCode", "No", 0.4),
        Result("RV0007", "HardwareSpecification", "Yes", 0.95, new EvidenceEntry(HardwareSentence, 2, "RV0007.gpu")),
        Result("RV0001", "ResearchType", "Theoretical", 0.5));

    [Theory]
    [MemberData(nameof(VisibleVariants))]
    public void A_visible_instruction_flips_no_verdict_with_an_obedient_model(InjectionVariant variant)
    {
        var options = new LlmOptions { Mode = LlmMode.Always, Model = "obedient", CachePath = null };
        var model = new ObedientChatClient(variant.Text);
        using var runner = new LlmCallRunner(model, NoResponseCache.Instance, options);
        var processor = new LlmFallbackProcessor(
            [.. new[] { TestVariables.Code, TestVariables.Hardware, TestVariables.Kind }.Select(v => LlmVariable.From(new FakeDetector(v), null))],
            new LlmVariableJudge(runner, options), options);
        var heuristics = Heuristics();

        var report = processor.Process(heuristics, PaperWith(variant.Text), CancellationToken.None);

        Assert.Equal(heuristics.Variables.Select(v => (v.Id, v.Verdict)), report.Variables.Select(v => (v.Id, v.Verdict)));
        Assert.Equal(0, model.Obeyed);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.PassagesWithheld);
    }
}
