using System.Text.RegularExpressions;
using RuleEngine.Plugins.OpenSourceCode.Rules;
using RuleEngine.Plugins.OpenSourceCode.Text;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenSourceCode;

/// <summary>The compiled rules of RV0004, built once per detector from the rule file.</summary>
internal sealed class OpenSourceCodeRules(RuleSet rules)
{
    public RuleSet RuleSet { get; } = rules;
    public UrlKinds Kinds { get; } = new(rules);
    public ReleaseStatementRule Release { get; } = new(rules);
    public RepositoryLinkRule RepositoryLink { get; } = new(rules);
    public SupplementaryCodeRule Supplementary { get; } = new(rules);
    public FutureReleaseRule Future { get; } = new(rules);
    public ThirdPartyCodeRule ThirdParty { get; } = new(rules);
    public double YesThreshold { get; } = rules.Setting("yesThreshold", 0.5);
    public double FootnotedStatementScore { get; } = rules.Setting("footnotedStatementScore", 0.85);
    public double LocationlessReleaseScore { get; } = rules.Setting("locationlessReleaseScore", 0.7);
    public double AuthorOwnedLinkScore { get; } = rules.Setting("authorOwnedLinkScore", 0.8);
}

/// <summary>Per-paper state of the RV0004 detector: collects findings during the walk, decides at the end.</summary>
internal sealed partial class OpenSourceCodeEvidence
{
    private readonly PaperDocument _document;
    private readonly OpenSourceCodeRules _rules;
    private readonly PaperRegions _regions;
    private readonly Dictionary<int, List<FoundUrl>> _linksBySentence = [];
    private readonly HashSet<string> _authorNames;
    private readonly List<CodeFinding> _findings = [];
    private readonly List<CodeFinding> _statementsWithoutLocation = [];
    private readonly List<(CodeFinding Finding, int Page, Sentence Footnote)> _bareLinks = [];
    private readonly List<(Sentence Sentence, int Page)> _implementationClaims = [];
    private int _promises;
    private int _thirdParty;

    public OpenSourceCodeEvidence(PaperDocument document, OpenSourceCodeRules rules)
    {
        _document = document;
        _rules = rules;
        _regions = PaperRegions.Of(document);
        foreach (var link in document.Links)
        {
            var index = link.SentenceIndex >= 0 ? link.SentenceIndex : SentenceAt(link.Span.Start);
            if (index < 0) continue;
            if (!_linksBySentence.TryGetValue(index, out var list)) _linksBySentence[index] = list = [];
            list.Add(new FoundUrl(link.Span.Start - document.Sentences[index].Span.Start, link.Span.Length, link.Uri));
        }
        _authorNames = AuthorNames(document);
    }

    public void OnSentence(Sentence sentence)
    {
        if (_regions.IsExcluded(sentence)) return;
        var window = Window(sentence);
        var urls = UrlFinder.Find(window);
        // A URL in the continuation belongs to this sentence only where the sentence leaves its location open
        // ("we provide R source code at:" + "http://…" on the next line).
        if (!DanglingLocation().IsMatch(sentence.Text) && !LocationStart().IsMatch(window.AsSpan(Math.Min(window.Length, sentence.Text.Length))))
            urls.RemoveAll(u => u.Start >= sentence.Text.Length);
        if (_linksBySentence.TryGetValue(sentence.Index, out var linked))
        {
            foreach (var l in linked)
                if (!urls.Exists(u => SameTarget(u.Url, l.Url))) urls.Add(l);
        }
        var view = new CodeSentence(sentence, window, urls);

        var release = _rules.Release.Inspect(view, _rules.Kinds, _rules.Future, _rules.ThirdParty);
        switch (release.Kind)
        {
            case ReleaseKind.WithLocation: _findings.Add(release.Finding!); break;
            case ReleaseKind.WithoutLocation: _statementsWithoutLocation.Add(release.Finding!); break;
            case ReleaseKind.Promise: _promises++; break;
            case ReleaseKind.ThirdParty: _thirdParty++; break;
        }

        if (_rules.Supplementary.Inspect(view, _rules.Future, _rules.ThirdParty) is { } supplementary) _findings.Add(supplementary);

        if (urls.Count > 0 && _rules.RepositoryLink.Inspect(view, _rules.Kinds, _rules.Release, _rules.Future, _rules.ThirdParty, OwnedByAuthor) is { } link)
        {
            if (link.Score >= _rules.YesThreshold) _findings.Add(link);
            else _bareLinks.Add((link, sentence.Page, sentence));
        }
        else if (urls.Count == 0 && _rules.RepositoryLink.IsEnabled && _rules.RepositoryLink.ClaimsImplementation(sentence.Text)
                 && !_rules.ThirdParty.IsThirdParty(sentence.Text) && FootnoteMarks.HasMark(sentence.Text))
        {
            _implementationClaims.Add((sentence, sentence.Page));
        }
    }

    public DetectorVerdict Decide()
    {
        // A statement without a location, whose footnote on the same page holds a repository link.
        foreach (var statement in _statementsWithoutLocation)
        {
            var footnote = _bareLinks.FirstOrDefault(b => b.Page == statement.Evidence.Page && FootnoteMarks.CanPointTo(statement.Evidence.Quote, b.Footnote.Text));
            if (footnote.Finding is not null)
            {
                _findings.Add(statement with { Score = _rules.FootnotedStatementScore, Rationale = "code-availability statement with a repository link in its footnote" });
                _findings.Add(footnote.Finding with { Score = _rules.FootnotedStatementScore - 0.01 });
            }
            else if (_promises == 0 && OwnRelease().IsMatch(statement.Evidence.Quote))
            {
                _findings.Add(statement with { Score = _rules.LocationlessReleaseScore, Rationale = "the authors state that they release their code (no location printed)" });
            }
        }
        // A claim "we implemented this in a tool called X¹" with a repository link in a footnote of the same page.
        foreach (var (claim, page) in _implementationClaims)
        {
            var footnote = _bareLinks.FirstOrDefault(b => b.Page == page && FootnoteMarks.CanPointTo(claim.Text, b.Footnote.Text));
            if (footnote.Finding is null) continue;
            _findings.Add(new CodeFinding(_rules.AuthorOwnedLinkScore, Evidence.FromSentence(claim, RepositoryLinkRule.Id), "own implementation with a footnoted repository link"));
            _findings.Add(footnote.Finding with { Score = _rules.AuthorOwnedLinkScore - 0.01 });
        }

        var ranked = _findings.OrderByDescending(f => f.Score).ToList();
        var best = ranked.FirstOrDefault();
        if (best is not null && best.Score >= _rules.YesThreshold)
        {
            var evidence = new List<Evidence>();
            foreach (var f in ranked)
            {
                if (f.Score < _rules.YesThreshold || evidence.Count >= 3) break;
                if (evidence.Exists(e => e.Span is { } s && f.Evidence.Span is { } t && s.OverlapsWith(t))) continue;
                evidence.Add(f.Evidence);
            }
            return DetectorVerdict.Of(Verdicts.Yes, Math.Min(0.97, best.Score), best.Rationale, evidence);
        }

        var looked = "no URL to the authors' code repository; no code-availability statement with a location; no code in the supplementary material";
        if (_promises > 0) return DetectorVerdict.Of(Verdicts.No, 0.85, looked + " (code only promised for the future or on request)");
        if (_statementsWithoutLocation.Count > 0) return DetectorVerdict.Of(Verdicts.No, 0.7, looked + " (a code statement gives no location)");
        if (_bareLinks.Count > 0) return DetectorVerdict.Of(Verdicts.No, 0.75, looked + " (repository links without a statement that they hold the authors' code)");
        if (_thirdParty > 0) return DetectorVerdict.Of(Verdicts.No, 0.85, looked + " (only third-party code is linked)");
        return DetectorVerdict.Of(Verdicts.No, 0.93, looked);
    }

    private string Window(Sentence sentence)
    {
        var text = sentence.Text;
        var next = sentence.Index + 1;
        if (next >= _document.Sentences.Count) return text;
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0) return text;
        var runsOn = trimmed[^1] is not ('.' or '!' or '?') || OpenUrlEnd().IsMatch(trimmed);
        if (!runsOn) return text;
        var following = _document.Sentences[next].Text;
        // The next footnote ("2 https://grouplens.org/...") is not the rest of this one's URL.
        if (FootnoteStart().IsMatch(following)) return text;
        return text + " " + (following.Length > 300 ? following[..300] : following);
    }

    private int SentenceAt(int offset)
    {
        var sentences = _document.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private bool OwnedByAuthor(string owner)
    {
        if (owner.Length < 4 || _authorNames.Count == 0) return false;
        var letters = new string(owner.Where(char.IsLetter).ToArray());
        foreach (var name in _authorNames)
        {
            if (letters.Contains(name, StringComparison.Ordinal)) return true;
            if (letters.Length >= 5 && name.Contains(letters, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool SameTarget(string a, string b) =>
        Normalize(a).Equals(Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string url)
    {
        var u = url.Trim().TrimEnd('/');
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        return u.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u[4..] : u;
    }

    /// <summary>Surnames (and other name parts) of the authors, lower-case, from the title block or the top of page 1.</summary>
    private static HashSet<string> AuthorNames(PaperDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<string> lines = document.TitleBlock.Authors.Count > 0
            ? document.TitleBlock.Authors.Select(l => l.Text)
            : document.Lines.Where(l => l.Page == 1).Take(25).Select(l => l.Text).TakeWhile(t => !AbstractHeading().IsMatch(t));
        var title = document.Title.ToLowerInvariant();
        foreach (var line in lines)
        {
            foreach (Match m in NameWord().Matches(line))
            {
                var w = m.Value.ToLowerInvariant();
                if (w.Length >= 4 && !title.Contains(w, StringComparison.Ordinal) && !NotAName().IsMatch(w)) names.Add(w);
            }
        }
        return names;
    }

    [GeneratedRegex(@"(?::|\b(?:at|from|on|via|here|under|in))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DanglingLocation();

    [GeneratedRegex(@"^\s*(?:(?:at|from|on|via|under)\s*:?\s*)?(?:https?\s?:|www\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocationStart();

    [GeneratedRegex(@"(?:https?:|www\.|github\.|gitlab\.|bitbucket\.|/)\S*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenUrlEnd();

    [GeneratedRegex(@"\b(?:we|I)\s+(?:hereby\s+)?(?:publicly\s+)?(?:release|open[- ]?source|make\s+(?:\w+\s+){0,5}(?:available|public))\b|\b(?:has|have)\s+been\s+(?:publicly\s+)?(?:released|open[- ]?sourced)\b|\bis\s+open[- ]?source\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnRelease();

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[*†‡§¶])\s*(?:https?://|www\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"\p{Lu}[\p{Ll}\-']{2,}(?:\p{Lu}[\p{Ll}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:abstract|introduction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbstractHeading();

    [GeneratedRegex(@"^(?:university|universit[éy]|institute|institut|department|school|college|research|laboratory|center|centre|faculty|science|sciences|engineering|computer|technology|national|group|corresponding|equal|contribution|email|with|from|and|the|for|learning|machine|data|google|microsoft|china|beijing|shanghai|california|london|paris)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
