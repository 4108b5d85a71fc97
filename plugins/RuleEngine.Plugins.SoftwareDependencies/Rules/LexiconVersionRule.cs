using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.SoftwareDependencies.Rules;

/// <summary>
/// Shared shape of the rules that pair a lexicon of software names with a version: the rule's patterns hold a
/// <c>{lexicon}</c> placeholder that is replaced by the whole-word alternation of that lexicon (longest names
/// first), and capture <c>name</c> and <c>version</c>. Unlike other rule patterns these are compiled case-sensitively.
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

    private static readonly Regex VersionLike = new(@"\d\.\d|R20\d\d[ab]", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>How far before a version number the software name may start.</summary>
    private const int Lookback = 56;

    /// <summary>
    /// Every name+version match in the sentence. The full pattern (a long alternation of names) is only run on
    /// short windows ending just after each version-like number whose preceding text has letters, which keeps
    /// sentences full of numbers (result tables) cheap.
    /// </summary>
    public IEnumerable<SoftwareFinding> Inspect(Sentence sentence)
    {
        if (_pattern is null) yield break;
        var text = sentence.Text;
        var covered = -1;
        for (var v = VersionLike.Match(text); v.Success; v = v.NextMatch())
        {
            if (v.Index < covered) continue;
            var start = Math.Max(0, v.Index - Lookback);
            if (!HasLetters(text, start, v.Index)) continue;
            var end = Math.Min(text.Length, v.Index + 24);
            var m = RegexSafety.Match(_pattern, text, start, end - start);
            while (m.Success)
            {
                if (m.Index + m.Length > covered)
                {
                    var name = m.Groups["name"].Value.Trim();
                    var version = m.Groups["version"].Value.Trim();
                    covered = m.Index + m.Length;
                    if (name.Length > 0 && version.Length > 0 && (m.Index == 0 || text[m.Index - 1] != '-'))
                        yield return new SoftwareFinding(RuleId, Evidence.FromMatch(sentence, m.Index, m.Length, RuleId), name, version);
                }
                m = m.NextMatch();
            }
        }
    }

    private static bool HasLetters(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
            if (char.IsLetter(text[i]) && ++letters >= 2) return true;
        return false;
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
