using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ExperimentSetup;

/// <summary>The descriptors of RV0009 (Experiment Setup): the variable and each of its rules (IDs are stable).</summary>
public static class ExperimentSetupDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0009",
        key: "ExperimentSetup",
        title: "Experiment Setup",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper itself gives concrete configuration of its experiments: hyperparameter values, optimiser settings, training schedules, settings tables, or for non-learning experiments the run settings (time limits, number of runs, solver parameters).""");
}
