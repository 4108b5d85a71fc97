using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>RV0004.third-party-code: the code or link belongs to someone else (a baseline, a library) or is data (negative evidence).</summary>
internal sealed class ThirdPartyCodeRule(RuleSet rules)
{
    public const string Id = "RV0004.third-party-code";

    private readonly Regex? _pattern = rules.Pattern(Id, compiled: true);
    private readonly Regex? _data = rules.ExtraPattern(Id, "dataPatterns", compiled: true);
    private readonly Regex? _citedCode = rules.ExtraPattern(Id, "citedCodePatterns", compiled: true);

    /// <summary>Whether the text attributes the code to others.</summary>
    public bool IsThirdParty(string text) => _pattern.Hits(text);

    /// <summary>Whether a link in the text carries a citation of the work it belongs to ("at URL (Mikolov et al., 2013a)").</summary>
    public bool IsCitedWork(string text) => _citedCode.Hits(text);

    /// <summary>Whether the text speaks of data (a dataset repository rather than code).</summary>
    public bool IsAboutData(string text) => _data.Hits(text);
}
