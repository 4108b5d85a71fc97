using RuleEngine.Sdk;

namespace RuleEngine.Plugins.SoftwareDependencies.Rules;

/// <summary>One versioned software mention: the rule, the quote, the software name and its version.</summary>
internal sealed record SoftwareFinding(string RuleId, Evidence Evidence, string Name, string Version);
