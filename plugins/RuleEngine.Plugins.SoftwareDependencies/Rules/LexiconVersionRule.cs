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
    // Compiled once per rule set (a detector serves many papers with the same rule set): compiling the long
    // lexicon alternation (and JIT-ing it on first use) costs far more than matching it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, Dictionary<string, Regex?>> Cache = new();

    private readonly Regex? _pattern;
    private readonly string[] _names;

    protected LexiconVersionRule(RuleSet rules, string id, string lexicon)
    {
        RuleId = id;
        _names = rules.Lexicon(lexicon).Where(n => n.Length > 0).ToArray();
        var perRuleSet = Cache.GetValue(rules, _ => new Dictionary<string, Regex?>(StringComparer.Ordinal));
        lock (perRuleSet)
        {
            if (!perRuleSet.TryGetValue(id, out _pattern))
            {
                _pattern = Build(rules, id, lexicon);
                perRuleSet[id] = _pattern;
            }
        }
    }

    private static Regex? Build(RuleSet rules, string id, string lexicon)
    {
        if (!rules.IsEnabled(id)) return null;
        var patterns = rules.Rule(id).Patterns;
        var names = rules.Lexicon(lexicon).Where(n => n.Length > 0).OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        if (patterns.Count == 0 || names.Count == 0) return null;
        var alternation = string.Join("|", names);
        // Case-sensitive on purpose: software names are matched as spelled (the lexicon lists the variants).
        var combined = "(?:" + string.Join(")|(?:", patterns.Select(p => p.Replace("{" + lexicon + "}", alternation, StringComparison.Ordinal))) + ")";
        return new Regex(combined, RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
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
        if (!MentionsAnyName(text)) yield break;
        var covered = -1;
        for (var v = VersionLike.Match(text); v.Success; v = v.NextMatch())
        {
            if (v.Index < covered) continue;
            var start = Math.Max(0, v.Index - Lookback);
            if (!HasLetters(text, start, v.Index)) continue;
            var end = Math.Min(text.Length, v.Index + 48); // room for the version and the look-ahead after it
            var m = _pattern.SafeMatch(text, start, end - start);
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

    /// <summary>Cheap pre-filter (vectorised substring search): the sentence contains some lexicon name at all.</summary>
    private bool MentionsAnyName(string text)
    {
        foreach (var name in _names)
            if (text.Contains(name, StringComparison.Ordinal)) return true;
        // Patterns without a {lexicon} placeholder (e.g. split small caps) are not covered by the names.
        return text.Contains(" CI", StringComparison.Ordinal) || text.StartsWith("R ", StringComparison.Ordinal) || text.Contains(" R ", StringComparison.Ordinal);
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
