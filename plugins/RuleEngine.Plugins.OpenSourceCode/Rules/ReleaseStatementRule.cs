using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>
/// RV0004.release-statement: a sentence saying the authors' code is available, with where it is — a URL
/// printed in it or linked to it. A statement without a location is reported back so that the detector can
/// look for its footnote.
/// </summary>
internal sealed class ReleaseStatementRule(RuleSet rules)
{
    public const string Id = "RV0004.release-statement";

    private readonly Regex? _available = rules.Pattern(Id, compiled: true);
    private readonly Regex? _subject = rules.ExtraPattern(Id, "subjectPatterns", compiled: true);
    private readonly Regex? _own = rules.ExtraPattern(Id, "ownPatterns", compiled: true);
    private readonly double _weight = rules.Weight(Id, 0.95);
    private readonly double _homepageScore = rules.Setting("homepageStatementScore", 0.85);

    public bool IsEnabled => _available is not null;

    /// <summary>An availability phrase ("is available at", "can be found", "we release").</summary>
    public Match? Availability(string text) => _available?.Match(text) is { Success: true } m ? m : null;

    /// <summary>Whether the text names code as what is available.</summary>
    public bool NamesCode(string text) => _subject.Hits(text);

    /// <summary>Whether the text marks the code as the authors' own ("our code", "code of this paper", "we release").</summary>
    public bool IsOwn(string text) => _own.Hits(text);

    public ReleaseOutcome Inspect(CodeSentence sentence, UrlKinds kinds, FutureReleaseRule future, ThirdPartyCodeRule thirdParty)
    {
        if (_available is null) return ReleaseOutcome.None;
        var text = sentence.Window;
        var available = Availability(text);
        if (available is null || !NamesCode(text)) return ReleaseOutcome.None;
        if (future.Matches(text)) return ReleaseOutcome.Promise;
        if (thirdParty.IsCitedWork(text) || (thirdParty.IsThirdParty(text) && !IsOwn(text))) return ReleaseOutcome.ThirdParty;

        FoundLocation? best = null;
        foreach (var url in sentence.Urls)
        {
            var kind = kinds.Classify(url);
            if (kind is UrlKind.Paper) continue;
            var score = kind is UrlKind.CodeRepository ? _weight : _homepageScore;
            if (best is null || score > best.Value.Score) best = new FoundLocation(score, url.Url);
        }
        var evidence = Evidence.FromMatch(sentence.Sentence, Math.Min(available.Index, Math.Max(0, sentence.Sentence.Text.Length - 1)), 1, Id);
        if (best is { } location)
            return new ReleaseOutcome(ReleaseKind.WithLocation, new CodeFinding(location.Score, evidence, $"code-availability statement pointing to {location.Url}"));
        return new ReleaseOutcome(ReleaseKind.WithoutLocation, new CodeFinding(0, evidence, "code-availability statement without a location"));
    }

    private readonly record struct FoundLocation(double Score, string Url);
}

internal enum ReleaseKind { None, WithLocation, WithoutLocation, Promise, ThirdParty }

internal sealed record ReleaseOutcome(ReleaseKind Kind, CodeFinding? Finding)
{
    public static readonly ReleaseOutcome None = new(ReleaseKind.None, null);
    public static readonly ReleaseOutcome Promise = new(ReleaseKind.Promise, null);
    public static readonly ReleaseOutcome ThirdParty = new(ReleaseKind.ThirdParty, null);
}
