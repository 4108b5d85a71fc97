using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>RV0004.future-release: code promised for later, on request, or a link removed for review (negative evidence).</summary>
internal sealed class FutureReleaseRule(RuleSet rules)
{
    public const string Id = "RV0004.future-release";

    private readonly Regex? _pattern = rules.Pattern(Id);

    public bool IsEnabled => _pattern is not null;

    /// <summary>Whether the text only promises code (or hides its location).</summary>
    public bool Matches(string text) => _pattern.Hits(text);
}
