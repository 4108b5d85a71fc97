using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>
/// RV0004.repository-link: a URL to a repository on a code host, tied to the authors' own work — by an
/// availability phrase ("GREEN is available at github.com/..."), an own-work cue ("Code: ...",
/// "we implemented ..."), or a repository owner that matches an author's name. Links that the sentence
/// attributes to others or to data are left out.
/// </summary>
internal sealed class RepositoryLinkRule(RuleSet rules)
{
    public const string Id = "RV0004.repository-link";

    private readonly Regex? _implemented = rules.Pattern(Id);
    private readonly bool _enabled = rules.IsEnabled(Id);
    private readonly double _weight = rules.Weight(Id, 0.9);
    private readonly double _bareScore = rules.Setting("bareLinkScore", 0.4);
    private readonly double _authorScore = rules.Setting("authorOwnedLinkScore", 0.8);

    public bool IsEnabled => _enabled;

    /// <summary>Whether the text says the authors implemented something ("we implemented X in a tool called Y").</summary>
    public bool ClaimsImplementation(string text) => _implemented.Hits(text);

    public CodeFinding? Inspect(CodeSentence sentence, UrlKinds kinds, ReleaseStatementRule release, FutureReleaseRule future,
        ThirdPartyCodeRule thirdParty, Func<string, bool> ownedByAuthor)
    {
        if (!_enabled) return null;
        CodeFinding? best = null;
        var text = sentence.Window;
        foreach (var url in sentence.Urls)
        {
            if (kinds.Classify(url) != UrlKind.CodeRepository) continue;
            var span = Math.Clamp(url.Start, 0, Math.Max(0, sentence.Sentence.Text.Length - 1));
            var evidence = Evidence.FromMatch(sentence.Sentence, span, Math.Min(url.Length, sentence.Sentence.Text.Length - span), Id);
            var own = release.IsOwn(text) || ClaimsImplementation(text);
            // A link tied to the sentence through a footnote mark on a tool it uses: "built on top of dcgan.torch2".
            var printedHere = url.Start >= 0 && url.Start < sentence.Sentence.Text.Length;
            if ((!printedHere && FootnoteMarks.AllMarkUsedTools(sentence.Sentence.Text)) || thirdParty.IsCitedWork(text)) continue;
            var third = thirdParty.IsThirdParty(text);
            var data = thirdParty.IsAboutData(text) && !release.NamesCode(text);
            double score;
            string why;
            if ((third && !own) || data)
            {
                continue;
            }
            else if (ownedByAuthor(UrlKinds.Owner(url)))
            {
                score = Math.Max(_authorScore, own || release.Availability(text) is not null ? _weight : 0);
                why = $"repository {url.Url} owned by an author";
            }
            else if (release.Availability(text) is not null || own)
            {
                score = future.Matches(text) ? 0.55 : _weight;
                why = $"repository {url.Url} in a sentence about the authors' work";
            }
            else
            {
                score = _bareScore;
                why = $"bare repository link {url.Url}";
            }
            if (best is null || score > best.Score) best = new CodeFinding(score, evidence, why);
        }
        return best;
    }
}
