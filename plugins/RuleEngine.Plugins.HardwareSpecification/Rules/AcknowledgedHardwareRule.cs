using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.HardwareSpecification.Rules;

/// <summary>
/// RV0007.acknowledged-hardware: a thank-you for donated or provided hardware counts when the same sentence names
/// the hardware by model (one of the model rules fires) and says it was used for this research, work or these
/// experiments ("the donation of the Titan X GPU used for this research"). A bare donation ("the donation of
/// TITAN X and Tesla K40 GPUs") or hardware used "in the prototyping stage" does not: the rule's patterns need the
/// use clause to end on the research itself.
/// </summary>
internal sealed class AcknowledgedHardwareRule
{
    public const string Id = "RV0007.acknowledged-hardware";

    private readonly Regex? _use;

    public AcknowledgedHardwareRule(RuleSet rules)
    {
        _use = rules.Pattern(Id);
        Weight = rules.Weight(Id, 0.85);
    }

    public double Weight { get; }

    /// <summary>The model finding re-attributed to this rule when the sentence says the hardware served the research; null otherwise.</summary>
    public HardwareFinding? Inspect(Sentence sentence, HardwareFinding model)
    {
        if (_use is null) return null;
        var m = _use.SafeMatch(sentence.Text);
        if (!m.Success) return null;
        var quote = Evidence.FromSentence(sentence, Id);
        return new HardwareFinding(Id, quote, model.Match, Math.Min(Weight, model.Weight), InUsageSentence: true);
    }
}
