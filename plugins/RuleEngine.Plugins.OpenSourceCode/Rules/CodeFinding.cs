using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>What a rule found in one sentence: how strongly it supports Yes, and the quote.</summary>
internal sealed record CodeFinding(double Score, Evidence Evidence, string Rationale);
