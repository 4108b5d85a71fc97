using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>RV0005.private-data: proprietary / on-request data, or self-generated synthetic data (negative evidence).</summary>
internal sealed class PrivateDataRule(RuleSet rules)
{
    public const string Id = "RV0005.private-data";

    private readonly Regex? _private = rules.Pattern(Id, compiled: true);
    private readonly Regex? _synthetic = rules.ExtraPattern(Id, "syntheticPatterns", compiled: true);

    public bool IsPrivate(string text) => _private.Hits(text);

    public bool IsSynthetic(string text) => _synthetic.Hits(text);
}
