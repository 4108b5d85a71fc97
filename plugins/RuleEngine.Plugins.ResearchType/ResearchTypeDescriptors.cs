using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearchType;

/// <summary>The descriptors of RV0001 (Research Type): the variable and each of its rules (IDs are stable).</summary>
public static class ResearchTypeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0001",
        key: "ResearchType",
        title: "Research Type",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Experimental, Verdicts.Theoretical],
        description: """Whether the paper reports empirical work (experiments, simulations, evaluations with measured results) or is purely conceptual/mathematical (proofs, theorems, frameworks, surveys without measured results). A paper with both substantial theory and an empirical evaluation is Experimental.""");

    /// <summary>A section headed "Experiments", "Experimental Results", "Numerical Experiments", "Simulations", "Empirical Evaluation", ….</summary>
    public static readonly RuleDescriptor ExperimentsSection = new(
        "RV0001.experiments-section",
        "Experiments section",
        "A section heading announces empirical work: Experiments, Experimental Results/Setup/Evaluation, Empirical Evaluation, Numerical Experiments, Simulations, Evaluation, Results, Ablation or User Study.");

    /// <summary>A sentence reporting measured results (evaluation, comparison with baselines, accuracy, error, runtime).</summary>
    public static readonly RuleDescriptor ResultsStatement = new(
        "RV0001.results-statement",
        "Measured-results statement",
        "A body sentence reports empirical work with measured outcomes: \"we evaluate\", \"outperforms\", \"baselines\", \"Table 2 shows\", test accuracy/error, runtimes, simulations.");

    /// <summary>A table or figure whose caption reports measured values.</summary>
    public static readonly RuleDescriptor ResultsFloat = new(
        "RV0001.results-float",
        "Results table or figure",
        "A table or figure caption describes measured results: accuracy, error, runtime, comparison of methods, performance on a dataset or benchmark.");

    /// <summary>Theorem, lemma, proof, corollary and proposition statements.</summary>
    public static readonly RuleDescriptor TheoremProof = new(
        "RV0001.theorem-proof",
        "Theorems and proofs",
        "Formal statements (Theorem, Lemma, Corollary, Proposition) and proofs: the evidence of a mathematical contribution, which decides Theoretical when no empirical work is found.");

    /// <summary>A survey, position paper, note or system description that announces itself as such.</summary>
    public static readonly RuleDescriptor NonEmpiricalGenre = new(
        "RV0001.non-empirical-genre",
        "Survey, position paper or note",
        "The paper says it is a survey, position paper, tutorial or explanatory note — non-empirical unless measured results are reported.");

    /// <summary>A plot of measured values under a loosely named empirical heading.</summary>
    public static readonly RuleDescriptor PlottedMeasurements = new(
        "RV0001.plotted-measurements",
        "Plotted measurements under a loosely named empirical heading",
        "A plot of measured values (a run of numeric axis-tick lines) in a paper with a heading that names empirical work loosely ('Numerical examples', 'Experiment details', 'Empirical illustration'): the experiment of a theorem-heavy paper.");
}
