using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ExperimentSetup.Rules;

/// <summary>
/// Shared shape of the RV0009 rules: the rule's "patterns" from rules/RV0009.*.json matched against one
/// sentence or caption; the rule's weight is the score one matching sentence adds. Each concrete rule is a
/// sealed subclass with its stable ID.
/// </summary>
internal abstract class SetupPatternRule
{
    private readonly Regex? _pattern;

    protected SetupPatternRule(RuleSet rules, string id, double fallbackWeight)
    {
        RuleId = id;
        _pattern = rules.Pattern(id);
        Weight = rules.Weight(id, fallbackWeight);
    }

    public string RuleId { get; }

    public double Weight { get; }

    /// <summary>Whether the rule counts only in experimental context (experimental part, or a sentence about experiments).</summary>
    public virtual bool NeedsExperimentContext => false;

    /// <summary>Whether the rule counts only inside the experimental part itself.</summary>
    public virtual bool NeedsExperimentRegion => false;

    /// <summary>Whether the rule skips mathematical statements ("Theorem 3 ...", "Let n = 5 ...").</summary>
    public virtual bool SkipsMathStatements => false;

    public bool IsEnabled => _pattern is not null;

    /// <summary>The first match in <paramref name="text"/>, or an unsuccessful match.</summary>
    public Match Inspect(string text) => _pattern is null ? Match.Empty : _pattern.SafeMatch(text);
}

/// <summary>RV0009.hyperparameter-value: a training hyperparameter with a value ("learning rate of 1e-4", "batch size 64").</summary>
internal sealed class HyperparameterValueRule(RuleSet rules) : SetupPatternRule(rules, Id, 1.0)
{
    public new const string Id = "RV0009.hyperparameter-value";
}

/// <summary>RV0009.optimizer-setting: the named optimizer that trained the model ("optimized with Adam").</summary>
internal sealed class OptimizerSettingRule(RuleSet rules) : SetupPatternRule(rules, Id, 0.6)
{
    public new const string Id = "RV0009.optimizer-setting";
}

/// <summary>RV0009.settings-table: a table caption announcing hyperparameters or settings ("Table 5: Hyperparameters").</summary>
internal sealed class SettingsTableRule(RuleSet rules) : SetupPatternRule(rules, Id, 2.0)
{
    public new const string Id = "RV0009.settings-table";
}

/// <summary>RV0009.run-settings: time limits, numbers of runs/seeds, iteration caps, tolerances, search ranges.</summary>
internal sealed class RunSettingsRule(RuleSet rules) : SetupPatternRule(rules, Id, 0.8)
{
    public new const string Id = "RV0009.run-settings";
}

/// <summary>RV0009.parameter-assignment: a parameter set to a value ("we set λ = 0.1"); only in the experimental part.</summary>
internal sealed class ParameterAssignmentRule(RuleSet rules) : SetupPatternRule(rules, Id, 0.6)
{
    public new const string Id = "RV0009.parameter-assignment";

    public override bool NeedsExperimentContext => true;

    public override bool SkipsMathStatements => true;
}

/// <summary>RV0009.symbol-value: a symbol given a number inside the experiments section ("n = 10 and m = 100").</summary>
internal sealed class SymbolValueRule(RuleSet rules) : SetupPatternRule(rules, Id, 0.5)
{
    public new const string Id = "RV0009.symbol-value";

    public override bool NeedsExperimentContext => true;

    public override bool NeedsExperimentRegion => true;

    public override bool SkipsMathStatements => true;
}

/// <summary>RV0009.deferred-details: settings deferred to a supplement, code or prior work (negative weight).</summary>
internal sealed class DeferredDetailsRule(RuleSet rules) : SetupPatternRule(rules, Id, -0.5)
{
    public new const string Id = "RV0009.deferred-details";
}

/// <summary>RV0009.run-count: how many runs, seeds, repetitions or generated instances ("averaged over 10 runs"); never enough alone.</summary>
internal sealed class RunCountRule(RuleSet rules) : SetupPatternRule(rules, Id, 0.4)
{
    public new const string Id = "RV0009.run-count";
}
