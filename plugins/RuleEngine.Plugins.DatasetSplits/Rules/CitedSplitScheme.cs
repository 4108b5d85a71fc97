using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// The cited-split construction of RV0006.standard-split: a split scheme noun ("splits", "folds", "evaluation
/// protocol") within a few words of a citation piece, in a sentence that follows or adopts it ("we follow their
/// evaluation protocol and folds [1]", "the common evaluation protocol (Liu et al., 2019)"). The scheme nouns,
/// verbs and the distance are rule data; a bare "standard split" without a citation never fires.
/// </summary>
internal sealed class CitedSplitScheme(RuleSet rules, string ruleId)
{
    private readonly Regex? _scheme = rules.IsEnabled(ruleId) ? TermPattern(rules.Rule(ruleId), "schemeNouns") : null;
    private readonly Regex? _follow = TermPattern(rules.Rule(ruleId), "followWords");
    private readonly Regex? _notAfter = TermPattern(rules.Rule(ruleId), "schemeNotAfter");
    private readonly int _maxWords = (int)rules.Setting("citedSchemeMaxWords", 10);

    /// <summary>Where the scheme noun lies in the sentence when the construction holds.</summary>
    public Match? Find(Sentence sentence, SentencePieces pieces)
    {
        if (_scheme is null || _follow is null || !pieces.Has(PieceKind.Citation)) return null;
        if (!_follow.IsMatch(sentence.Text)) return null;
        foreach (Match noun in _scheme.Matches(sentence.Text))
        {
            if (_notAfter is not null && _notAfter.IsMatch(pieces.WordBefore(noun.Index))) continue;
            foreach (var cite in pieces.OfKind(PieceKind.Citation))
            {
                var gap = cite.Start >= noun.Index + noun.Length
                    ? pieces.WordsBetween(noun.Index + noun.Length, cite.Start).Count
                    : pieces.WordsBetween(cite.End, noun.Index).Count;
                if (gap <= _maxWords) return noun;
            }
        }
        return null;
    }

    private static Regex? TermPattern(RuleData rule, string key)
    {
        if (rule.Extra is null || !rule.Extra.TryGetValue(key, out var terms) || terms.ValueKind != System.Text.Json.JsonValueKind.Array) return null;
        var alternatives = terms.EnumerateArray().Select(t => t.GetString() ?? "").Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length).Select(Regex.Escape);
        return new Regex(@"(?<![\w-])(?:" + string.Join("|", alternatives) + @")(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
    }
}
