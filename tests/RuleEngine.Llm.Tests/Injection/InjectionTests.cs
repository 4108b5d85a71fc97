using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Sdk;
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

    private static PaperDocument PaperWith(string planted) => TestPapers.Paper(planted);

    private static readonly VariableDescriptor[] Variables =
    [
        TestVariables.Kind,
        new("RV0002", "ResearcherAffiliation", "Researcher Affiliation", RuleCategories.Reproducibility, [Verdicts.Academia, Verdicts.Industry, Verdicts.Collaboration], "Who the authors work for."),
        new("RV0003", "Pseudocode", "Pseudocode", RuleCategories.Reproducibility, [Verdicts.Yes, Verdicts.No], "Whether the paper gives pseudocode or an algorithm block."),
        TestVariables.Code,
        new("RV0005", "OpenDatasets", "Open Datasets", RuleCategories.Artefacts, [Verdicts.Yes, Verdicts.No], "Whether the datasets used are publicly available."),
        new("RV0006", "DatasetSplits", "Dataset Splits", RuleCategories.Reproducibility, [Verdicts.Yes, Verdicts.No], "Whether the train/validation/test splits are given."),
        TestVariables.Hardware,
        new("RV0008", "SoftwareDependencies", "Software Dependencies", RuleCategories.Reproducibility, [Verdicts.Yes, Verdicts.No], "Whether software libraries are named with versions."),
        new("RV0009", "ExperimentSetup", "Experiment Setup", RuleCategories.Reproducibility, [Verdicts.Yes, Verdicts.No], "Whether hyperparameters and training settings are given."),
    ];

    /// <summary>Every variable unsure of the verdict a planted instruction wants to flip (below the threshold, so the LLM may replace it), the hardware one confident.</summary>
    private static PaperReport Heuristics() => Report(
        Result("RV0001", "ResearchType", "Theoretical", 0.5),
        Result("RV0002", "ResearcherAffiliation", "Industry", 0.5),
        Result("RV0003", "Pseudocode", "No", 0.4),
        Result("RV0004", "OpenSourceCode", "No", 0.4),
        Result("RV0005", "OpenDatasets", "No", 0.4),
        Result("RV0006", "DatasetSplits", "No", 0.4),
        Result("RV0007", "HardwareSpecification", "Yes", 0.95, new EvidenceEntry(HardwareSentence, 2, "RV0007.gpu")),
        Result("RV0008", "SoftwareDependencies", "No", 0.4),
        Result("RV0009", "ExperimentSetup", "No", 0.4));

    [Theory]
    [MemberData(nameof(VisibleVariants))]
    public void A_visible_instruction_flips_no_verdict_with_an_obedient_model(InjectionVariant variant)
    {
        var options = new LlmOptions { Mode = LlmMode.Always, Model = "obedient", CachePath = null };
        var model = new ObedientChatClient(variant.Text);
        using var runner = new LlmCallRunner(model, NoResponseCache.Instance, options);
        var processor = new LlmFallbackProcessor(
            [.. Variables.Select(v => LlmVariable.From(new FakeDetector(v), null))],
            new LlmVariableJudge(runner, options), options);
        var heuristics = Heuristics();

        var report = processor.Process(heuristics, PaperWith(variant.Text), CancellationToken.None);

        Assert.Equal(heuristics.Variables.Select(v => (v.Id, v.Verdict)), report.Variables.Select(v => (v.Id, v.Verdict)));
        Assert.Equal(0, model.Obeyed); // the instruction never reached the model
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.PassagesWithheld);
    }
}
