using RuleEngine.Sdk;

namespace RuleEngine.Plugins.RandomSeeds;

/// <summary>The descriptors of RV0100 (Random Seeds): the variable and each of its rules (IDs are stable).</summary>
public static class RandomSeedsDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0100",
        key: "RandomSeeds",
        title: "Random Seeds",
        category: RuleCategories.Reproducibility,
        allowedVerdicts: Verdicts.YesNo,
        description: """Whether the paper reports the random seeds of its experiments (their values) or how many random seeds, runs, restarts or independent trials its results are aggregated over.""");

    public static readonly RuleDescriptor SeedValue = new(
        id: "RV0100.seed-value",
        title: "Random seed value reported",
        description: "The value of a random seed used in the experiments: \"random seed 42\", \"seeds 0–4\", \"seed = 1234\", \"torch.manual_seed(0)\".");

    public static readonly RuleDescriptor RepeatedRuns = new(
        id: "RV0100.repeated-runs",
        title: "Number of seeds, runs or restarts reported",
        description: "The number of random seeds, runs, restarts or independent trials the results are aggregated over: \"averaged over 5 runs\", \"10 random restarts\", \"mean ± std over 3 seeds\", \"repeated five times\".");
}
