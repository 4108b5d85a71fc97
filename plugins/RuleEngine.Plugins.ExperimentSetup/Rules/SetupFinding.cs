using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ExperimentSetup.Rules;

/// <summary>One setup statement: the rule that found it, the quote, and the score it adds (negative for deferrals).</summary>
internal sealed record SetupFinding(string RuleId, Evidence Evidence, double Score, bool InExperimentContext);
