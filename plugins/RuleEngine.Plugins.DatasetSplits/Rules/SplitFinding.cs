using RuleEngine.Sdk;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>What a rule found: how strongly it supports Yes, the quote, and the matched text.</summary>
internal sealed record SplitFinding(double Score, Evidence Evidence, string What);
