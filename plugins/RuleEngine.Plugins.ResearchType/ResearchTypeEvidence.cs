using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearchType;

/// <summary>What the walk over one paper collected for RV0001 (per-paper state).</summary>
internal sealed class ResearchTypeEvidence
{
    public List<Evidence> Results { get; } = [];
    public HashSet<int> ResultSentences { get; } = [];
    public List<Evidence> ResultFloats { get; } = [];
    public List<Evidence> Genre { get; } = [];
}
