using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.HardwareSpecification.Rules;

/// <summary>
/// Shared shape of the RV0007 rules: the rule's "patterns" from rules/RV0007.*.json, matched against one
/// sentence of the paper's own text. Each concrete rule is a sealed subclass with its stable ID.
/// </summary>
internal abstract class HardwarePatternRule
{
    private readonly Regex? _pattern;
    private readonly Regex _usage;

    protected HardwarePatternRule(RuleSet rules, string id, double fallbackWeight)
    {
        RuleId = id;
        _pattern = rules.Pattern(id, compiled: true); // run on every sentence: worth its JIT
        Weight = rules.Weight(id, fallbackWeight);
        _usage = rules.LexiconPattern("usageCues");
    }

    public string RuleId { get; }

    public double Weight { get; }

    /// <summary>False when configuration disabled the rule (or it has no patterns): it then finds nothing.</summary>
    public bool IsEnabled => _pattern is not null;

    /// <summary>The first match of the rule in the sentence, as a finding; null when none.</summary>
    public HardwareFinding? Inspect(Sentence sentence)
    {
        if (_pattern is null) return null;
        var m = _pattern.SafeMatch(sentence.Text);
        if (!m.Success) return null;
        return new HardwareFinding(RuleId, Evidence.FromMatch(sentence, m.Index, m.Length, RuleId), m.Value.Trim(), Weight, _usage.SafeIsMatch(sentence.Text));
    }
}

/// <summary>RV0007.gpu-model: a GPU or accelerator named by model (NVIDIA V100, RTX 3090, Titan Xp, MI250).</summary>
internal sealed class GpuModelRule(RuleSet rules) : HardwarePatternRule(rules, Id, 0.95)
{
    public new const string Id = "RV0007.gpu-model";
}

/// <summary>RV0007.tpu-model: a TPU generation ("TPU v3", "64 v4 TPUs") or another named accelerator chip.</summary>
internal sealed class TpuModelRule(RuleSet rules) : HardwarePatternRule(rules, Id, 0.93)
{
    public new const string Id = "RV0007.tpu-model";
}

/// <summary>RV0007.cpu-model: a processor named down to its model (Xeon Gold 6242, Core i7-2600, Ryzen 7 5800H).</summary>
internal sealed class CpuModelRule(RuleSet rules) : HardwarePatternRule(rules, Id, 0.93)
{
    public new const string Id = "RV0007.cpu-model";
}

/// <summary>RV0007.processor-spec: a processor vendor or family with cores, clock or memory ("a 40-core Intel Xeon machine").</summary>
internal sealed class ProcessorSpecRule(RuleSet rules) : HardwarePatternRule(rules, Id, 0.85)
{
    public new const string Id = "RV0007.processor-spec";
}

/// <summary>RV0007.cloud-instance: a cloud instance type (AWS p3.8xlarge, GCP n1-standard-8).</summary>
internal sealed class CloudInstanceRule(RuleSet rules) : HardwarePatternRule(rules, Id, 0.9)
{
    public new const string Id = "RV0007.cloud-instance";
}
