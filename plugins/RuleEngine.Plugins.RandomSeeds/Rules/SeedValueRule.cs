using RuleEngine.Sdk;

namespace RuleEngine.Plugins.RandomSeeds.Rules;

/// <summary>RV0100.seed-value: the value of a random seed ("random seed 42", "seeds 0–4", "seed = 1234", "torch.manual_seed(0)").</summary>
internal sealed class SeedValueRule(RuleSet rules) : SentencePatternRule(rules, RandomSeedsDescriptors.SeedValue, defaultWeight: 0.95);
