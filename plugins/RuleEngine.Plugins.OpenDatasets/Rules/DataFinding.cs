using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>What a rule found in one sentence: how strongly it supports Yes, the quote, and what was found.</summary>
internal sealed record DataFinding(double Score, Evidence Evidence, string What);
