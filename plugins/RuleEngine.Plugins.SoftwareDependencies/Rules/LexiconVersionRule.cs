using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.SoftwareDependencies.Rules;

/// <summary>
/// Shared shape of the rules that pair a lexicon of software names with a version: the rule's patterns hold a
/// <c>{lexicon}</c> placeholder that is replaced by the whole-word alternation of that lexicon (longest names
/// first), and capture <c>name</c> and <c>version</c>.
/// </summary>
internal abstract class LexiconVersionRule
{
    private readonly Regex? _pattern;

    protected LexiconVersionRule(RuleSet rules, string id, string lexicon)
    {
        RuleId = id;
        if (!rules.IsEnabled(id)) return;
        var patterns = rules.Rule(id).Patterns;
        var names = rules.Lexicon(lexicon).Where(n => n.Length > 0).OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        if (patterns.Count == 0 || names.Count == 0) return;
        var alternation = string.Join("|", names);
        _pattern = RuleSet.Compile(patterns.Select(p => p.Replace("{" + lexicon + "}", alternation, StringComparison.Ordinal)));
    }

    public string RuleId { get; }

    public bool IsEnabled => _pattern is not null;

    /// <summary>Every name+version match in the sentence.</summary>
    public IEnumerable<SoftwareFinding> Inspect(Sentence sentence)
    {
        if (_pattern is null) yield break;
        var m = RegexSafety.Match(_pattern, sentence.Text);
        while (m.Success)
        {
            var name = m.Groups["name"].Value.Trim();
            var version = m.Groups["version"].Value.Trim();
            if (name.Length > 0 && version.Length > 0)
                yield return new SoftwareFinding(RuleId, Evidence.FromMatch(sentence, m.Index, m.Length, RuleId), name, version);
            m = m.NextMatch();
        }
    }
}

/// <summary>RV0008.versioned-package: a known library, framework, solver, simulator or tool followed by a version ("PyTorch 1.9", "CPLEX 12.4").</summary>
internal sealed class VersionedPackageRule(RuleSet rules) : LexiconVersionRule(rules, Id, "packages")
{
    public new const string Id = "RV0008.versioned-package";
}

/// <summary>RV0008.environment-version: a language, OS or compiler with a version ("Python 3.8", "Ubuntu 18.04"); supporting evidence only.</summary>
internal sealed class EnvironmentVersionRule(RuleSet rules) : LexiconVersionRule(rules, Id, "environments")
{
    public new const string Id = "RV0008.environment-version";
}
