using RuleEngine.Sdk;

namespace RuleEngine.Plugins.RandomSeeds.Rules;

/// <summary>What a rule found in one sentence: the quote and how strongly it supports Yes.</summary>
internal sealed record SeedFinding(Evidence Evidence, double Weight);
