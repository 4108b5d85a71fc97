using RuleEngine.Sdk;

namespace RuleEngine.Plugins.HardwareSpecification.Rules;

/// <summary>One hardware mention: the rule that found it, its quote, the matched name and whether the sentence says experiments ran on it.</summary>
internal sealed record HardwareFinding(string RuleId, Evidence Evidence, string Match, double Weight, bool InUsageSentence);
