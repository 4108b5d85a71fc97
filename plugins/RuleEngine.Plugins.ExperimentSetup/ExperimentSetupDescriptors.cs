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

    public static readonly RuleDescriptor HyperparameterValue = new(
        "RV0009.hyperparameter-value",
        "Training hyperparameter with a value",
        "A named training hyperparameter with a concrete value: 'learning rate of 1e-4', 'batch size 64', 'trained for 50 epochs', 'dropout 0.5', 'weight decay 5e-4', 'hidden dimension 1024'.");

    public static readonly RuleDescriptor OptimizerSetting = new(
        "RV0009.optimizer-setting",
        "Named optimizer used for training",
        "The optimizer that trained the model ('optimized with Adam', 'SGD with momentum 0.9', 'the AdamW optimizer').");

    public static readonly RuleDescriptor SettingsTable = new(
        "RV0009.settings-table",
        "Table of hyperparameters or settings",
        "A table of training settings or hyperparameters: 'Table 5: Hyperparameters', 'Table 3: Parameter setting', 'Table 8: Hyper-parameter search space'.");

    public static readonly RuleDescriptor RunSettings = new(
        "RV0009.run-settings",
        "Run settings of the experiments",
        "Concrete run settings: time limits or timeouts, memory limits, numbers of runs/trials/repetitions/seeds, iteration caps, tolerances and stopping criteria, grid-search ranges.");

    public static readonly RuleDescriptor ParameterAssignment = new(
        "RV0009.parameter-assignment",
        "Parameter set to a value in the experiments",
        "A method or problem parameter assigned a concrete value in experimental context: 'we set λ = 0.1', 'k is set to 30', 'We fix δ = 0.5'.");

    public static readonly RuleDescriptor SymbolValue = new(
        "RV0009.symbol-value",
        "Symbol assigned a number in the experiments section",
        "A parameter symbol given a number inside the experimental part of the paper ('n = 10 and m = 100', 'λ = 0.1'); never in theorem statements or loop indices.");

    public static readonly RuleDescriptor SettingValue = new(
        "RV0009.setting-value",
        "Setting noun or parameter symbol given a value",
        "A construction over the sentence's pieces: a setting noun or parameter symbol, an assignment verb or connector, then a number, value set or range ('the line search parameters are set to βi = 0.04', 'a gravitational constant of 12.0', 'α and δ each set to 0.1'); a result noun vetoes.");

    public static readonly RuleDescriptor ValueGrid = new(
        "RV0009.value-grid",
        "Values a parameter takes in the experiments",
        "A construction over the sentence's pieces: a value set or range next to a setting noun or symbol, or in a sentence with a grid word ('λ ∈ {0.1, 1, 10}', 'we vary the window from 2 to 20', '30 values equally spaced between 0.0001 and 0.05').");

    public static readonly RuleDescriptor RunCount = new(
        "RV0009.run-count",
        "Number of runs, seeds or generated instances",
        "How many runs, seeds, repetitions or random instances the experiments use ('averaged over 10 independent runs', 'we randomly generate five systems'); counts only together with another setting (capped below the threshold).");

    public static readonly RuleDescriptor DeferredDetails = new(
        "RV0009.deferred-details",
        "Settings deferred elsewhere (negative signal)",
        "The paper says its settings are elsewhere ('details are in the supplementary material', 'standard settings', 'we follow the settings of [12]'); lowers the score, never a Yes on its own.");
}
