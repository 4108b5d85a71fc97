using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.SoftwareDependencies.Rules;

/// <summary>
/// RV0008.version-statement: a capitalised tool name with the word "version" and a dotted number
/// ("Terrier version 3.5"), or an implementation/toolkit release ("the official implementation v3.0.0").
/// Names from the environment (languages, OS, compilers) and non-software (models, datasets, standards)
/// lexicons are rejected.
/// </summary>
internal sealed class VersionStatementRule
{
    public const string Id = "RV0008.version-statement";

    private static readonly Regex Number = new(@"v?\d+(?:\.\d+)+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly Regex? _pattern;
    private readonly HashSet<string> _excluded;

    public VersionStatementRule(RuleSet rules)
    {
        _pattern = rules.Pattern(Id);
        _excluded = new HashSet<string>(rules.Lexicon("environments").Concat(rules.Lexicon("nonSoftware")), StringComparer.OrdinalIgnoreCase);
    }

    public bool IsEnabled => _pattern is not null;

    public IEnumerable<SoftwareFinding> Inspect(Sentence sentence)
    {
        if (_pattern is null) yield break;
        var m = _pattern.SafeMatch(sentence.Text);
        while (m.Success)
        {
            var name = m.Groups["name"].Success ? m.Groups["name"].Value.Trim() : "";
            if (!IsExcluded(name))
            {
                var version = Number.Match(m.Value) is { Success: true } v ? v.Value : m.Value;
                yield return new SoftwareFinding(Id, Evidence.FromMatch(sentence, m.Index, m.Length, Id), name.Length > 0 ? name : m.Value.Trim(), version);
            }
            m = m.NextMatch();
        }
    }

    private bool IsExcluded(string name)
    {
        if (name.Length == 0) return false;
        if (_excluded.Contains(name)) return true;
        // "Llama-2", "GPT-4o-mini", "XLM-R": a known non-software name followed by a suffix.
        var cut = name.IndexOfAny(['-', '/', '_']);
        return cut > 0 && _excluded.Contains(name[..cut]);
    }
}
