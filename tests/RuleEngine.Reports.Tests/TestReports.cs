using RuleEngine.Engine.Reporting;
using RuleEngine.Reports;
using RuleEngine.Sdk;

namespace RuleEngine.Reports.Tests;

/// <summary>Hand-built reports: a normal paper with evidence, a paper that could not be read, and a second paper.</summary>
internal static class TestReports
{
    public static readonly VariableDescriptor ResearchType = new("RV0001", "ResearchType", "Research Type", RuleCategories.Reproducibility,
        [Verdicts.Experimental, Verdicts.Theoretical], "Whether the paper reports empirical work.");
    public static readonly VariableDescriptor Pseudocode = new("RV0003", "Pseudocode", "Pseudocode", RuleCategories.Artefacts,
        Verdicts.YesNo, "Whether the paper contains an algorithm block.");
    public static readonly VariableDescriptor OpenSourceCode = new("RV0004", "OpenSourceCode", "Open Source Code", RuleCategories.Artefacts,
        Verdicts.YesNo, "Whether the paper gives concrete access to its source code.");
    public static readonly VariableDescriptor Hardware = new("RV0007", "HardwareSpecification", "Hardware Specification", RuleCategories.Method,
        Verdicts.YesNo, "Whether the paper names the hardware its experiments ran on.", helpLinkUri: "https://example.org/docs/RV0007");

    public static readonly RuleDescriptor RepositoryLink = new("RV0004.repository-link", "Repository link", "A URL to a code repository in a code-availability sentence.");
    public static readonly RuleDescriptor ExperimentsSection = new("RV0001.experiments-section", "Experiments section", "An experiments section with measured results.");
    public static readonly RuleDescriptor GpuModel = new("RV0007.gpu-model", "GPU model", "A named GPU model.", isEnabledByDefault: false);

    public static ReportContext Context { get; } = new([ResearchType, Pseudocode, OpenSourceCode, Hardware], [RepositoryLink, ExperimentsSection, GpuModel], "0.1.0");

    public const string CodeQuote = "The code we used to train and evaluate our models is available at https://github.com/tensorflow/tensor2tensor.";

    /// <summary>A paper with an Experimental, a Yes (with evidence), a No (rationale only) and a flagged Yes.</summary>
    public static PaperReport Attention(string? path = null) => new()
    {
        Paper = new PaperInfo("vaswani2017attention.pdf", "a3f5c0ffee", 15, "Attention Is All You Need") { Path = path },
        Variables =
        [
            new VariableResult
            {
                Id = "RV0001", Variable = "ResearchType", Name = "Research Type", Verdict = Verdicts.Experimental, Confidence = 0.95,
                Evidence = [new EvidenceEntry("6 Results 6.1 Machine Translation On the WMT 2014 English-to-German translation task", 8, "RV0001.experiments-section")],
                Rationale = "experiments section with measured results",
            },
            new VariableResult
            {
                Id = "RV0003", Variable = "Pseudocode", Name = "Pseudocode", Verdict = Verdicts.No, Confidence = 0.9,
                Rationale = "no algorithm block; equations and prose only",
            },
            new VariableResult
            {
                Id = "RV0004", Variable = "OpenSourceCode", Name = "Open Source Code", Verdict = Verdicts.Yes, Confidence = 0.97,
                Evidence =
                [
                    new EvidenceEntry(CodeQuote, 10, "RV0004.repository-link"),
                    new EvidenceEntry("see the | pipe\nand a line break", 11, "RV0004.repository-link"),
                ],
                Rationale = "repository URL in a code-availability sentence",
            },
            new VariableResult
            {
                Id = "RV0007", Variable = "HardwareSpecification", Name = "Hardware Specification", Verdict = Verdicts.Yes, Confidence = 0.6,
                Source = VerdictSources.Llm, Flag = "evidence not found in text",
                Evidence = [new EvidenceEntry("8 NVIDIA P100 GPUs", 7, "RV0007.gpu-model") { Verified = false }],
                Rationale = "GPU model named",
            },
        ],
        Diagnostics = [new DiagnosticEntry("RE0100", DiagnosticLevels.Warning, "page 7: text layer could not be read", 7)],
        ElapsedMs = 212,
    };

    /// <summary>A paper that could not be read: no variables, one error diagnostic.</summary>
    public static PaperReport Corrupt(string? path = null) => new()
    {
        Paper = new PaperInfo("corrupt.pdf", "", 0, null) { Path = path },
        Diagnostics = [new DiagnosticEntry("RE0103", DiagnosticLevels.Error, "the PDF is truncated or corrupt")],
        ElapsedMs = 3,
    };

    /// <summary>A second, small paper (a plugin variable not in the context, Academia/Theoretical-style verdicts).</summary>
    public static PaperReport Theory() => new()
    {
        Paper = new PaperInfo("theory.pdf", "0123abcd", 9, "On Bounds"),
        Variables =
        [
            new VariableResult
            {
                Id = "RV0001", Variable = "ResearchType", Name = "Research Type", Verdict = Verdicts.Theoretical, Confidence = 0.8,
                Rationale = "theorems and proofs; no experiments",
            },
            new VariableResult
            {
                Id = "XP0001", Variable = "EthicsStatement", Name = "Ethics Statement", Verdict = "Present", Confidence = 0.7,
                Evidence = [new EvidenceEntry("Ethics statement. This work raises no concerns.", 9, "XP0001.heading")],
                Rationale = "an ethics section",
            },
        ],
        ElapsedMs = 40,
    };
}
