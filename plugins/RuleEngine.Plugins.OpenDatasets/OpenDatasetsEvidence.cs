using System.Text.RegularExpressions;
using RuleEngine.Plugins.OpenDatasets.Rules;
using RuleEngine.Plugins.OpenDatasets.Text;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.OpenDatasets;

/// <summary>The compiled rules of RV0005, built once per detector from the rule file.</summary>
internal sealed class OpenDatasetsRules(RuleSet rules)
{
    public KnownBenchmarkRule KnownBenchmark { get; } = new(rules);
    public DatasetCitationRule DatasetCitation { get; } = new(rules);
    public CitedDataRule CitedData { get; } = new(rules);
    public DatasetUrlRule DatasetUrl { get; } = new(rules);
    public DataRepositoryRule DataRepository { get; } = new(rules);
    public PrivateDataRule PrivateData { get; } = new(rules);
    public double YesThreshold { get; } = rules.Setting("yesThreshold", 0.5);
}

/// <summary>Per-paper state of the RV0005 detector: collects findings during the walk, decides at the end.</summary>
internal sealed partial class OpenDatasetsEvidence
{
    private readonly PaperDocument _document;
    private readonly OpenDatasetsRules _rules;
    private readonly PaperRegions _regions;
    private readonly Dictionary<int, List<FoundUrl>> _linksBySentence = [];
    private readonly List<DataFinding> _findings = [];
    private readonly List<(Sentence Sentence, int Mark)> _footnotedDataSentences = [];
    private readonly List<(Sentence Sentence, FoundUrl Url)> _footnoteUrls = [];
    private int _privateMentions;
    private int _syntheticMentions;

    public OpenDatasetsEvidence(PaperDocument document, OpenDatasetsRules rules)
    {
        _document = document;
        _rules = rules;
        _regions = PaperRegions.Of(document);
        foreach (var link in document.Links)
        {
            if (link.SentenceIndex < 0 || link.SentenceIndex >= document.Sentences.Count) continue;
            if (!_linksBySentence.TryGetValue(link.SentenceIndex, out var list)) _linksBySentence[link.SentenceIndex] = list = [];
            list.Add(new FoundUrl(Math.Max(0, link.Span.Start - document.Sentences[link.SentenceIndex].Span.Start), link.Span.Length, link.Uri));
        }
    }

    public void OnSentence(Sentence sentence)
    {
        if (_regions.IsExcluded(sentence)) return;
        var text = sentence.Text;
        if (_rules.PrivateData.IsPrivate(text)) _privateMentions++;
        if (_rules.PrivateData.IsSynthetic(text)) _syntheticMentions++;

        var framing = _document.IsFraming(sentence);
        // Theory, discussion and conclusion also speak of others' data: there, as in the framing, a use needs "we".
        var mention = framing || _document.SectionOf(sentence)?.Kind is SectionKind.Theory or SectionKind.Discussion or SectionKind.Conclusion;
        Add(_rules.KnownBenchmark.Inspect(sentence, mention));
        // In framing sections, cited data and repositories count only when the authors say they use them.
        var pieces = _document.PiecesOf(sentence);
        var ownVoice = !framing || Words.IsFirstPerson(text);
        if (ownVoice && !_rules.CitedData.IsCitedVoice(text, pieces))
            Add(_rules.DatasetCitation.Inspect(sentence));
        if (ownVoice)
        {
            Add(_rules.DataRepository.Inspect(sentence));
        }
        Add(_rules.CitedData.Inspect(sentence, pieces, mention));

        var urls = UrlFinder.Find(text);
        // A link annotation whose address is not printed counts on a data host, or in a sentence that names a data set.
        if (_linksBySentence.TryGetValue(sentence.Index, out var linked))
            foreach (var l in linked)
                if (!urls.Exists(u => u.Url.Equals(l.Url, StringComparison.OrdinalIgnoreCase))
                    && (_rules.DatasetUrl.IsDataHost(l) || DatasetUrlRule.HasStrongDataNoun(text))) urls.Add(l);
        // In framing sections a URL beside data counts only in the authors' voice or on a data host ("crowdsourcing, e.g., Amazon MTurk1").
        // A data-availability statement counts anywhere: "The datasets generated ... are available in the ... repository, https://doi.org/...".
        var dataStatement = DatasetUrlRule.HasStrongDataNoun(text) && Availability().IsMatch(text);
        Add(_rules.DatasetUrl.Inspect(sentence, ownVoice || dataStatement ? urls : urls.FindAll(_rules.DatasetUrl.IsDataHost)));

        // A data sentence whose footnote (on the same page) holds the URL: "a public compilation from the literature,2".
        // A mark set apart by a space ("the KDD CUP Challenge 2018 1.") counts only when the footnote carries the same number.
        if (urls.Count == 0 && _rules.DatasetUrl.IsEnabled && _rules.DatasetUrl.IsAboutData(text))
        {
            if (FootnoteMarker().IsMatch(text)) _footnotedDataSentences.Add((sentence, 0));
            else if (SpacedFootnoteMarker().Match(text) is { Success: true } spaced && !EndsWithLabel(sentence, spaced.Groups[1].Index))
                _footnotedDataSentences.Add((sentence, int.Parse(spaced.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (urls.Count == 1 && text.Length - urls[0].Length < 25 && !DatasetUrlRule.IsPaperHost(urls[0]))
            _footnoteUrls.Add((sentence, urls[0]));
    }

    public DetectorVerdict Decide()
    {
        foreach (var (data, mark) in _footnotedDataSentences)
        {
            var footnote = _footnoteUrls.FirstOrDefault(f => f.Sentence.Page == data.Page && f.Sentence.Index > data.Index
                && (mark == 0 || FootnoteNumber(f.Sentence.Text) == mark));
            if (footnote.Sentence is null) continue;
            _findings.Add(new DataFinding(0.8, Evidence.FromSentence(data, DatasetUrlRule.Id), footnote.Url.Url));
            _findings.Add(new DataFinding(0.79, Evidence.FromSentence(footnote.Sentence, DatasetUrlRule.Id), footnote.Url.Url));
        }

        var ranked = _findings.OrderByDescending(f => f.Score).ToList();
        var best = ranked.FirstOrDefault();
        if (best is not null && best.Score >= _rules.YesThreshold)
        {
            var evidence = new List<Evidence>();
            var names = new List<string>();
            foreach (var f in ranked)
            {
                if (f.Score < _rules.YesThreshold || evidence.Count >= 3) break;
                if (evidence.Exists(e => e.Span is { } s && f.Evidence.Span is { } t && s.OverlapsWith(t))) continue;
                evidence.Add(f.Evidence);
                names.Add(f.What.Length > 60 ? f.What[..60] + "…" : f.What);
            }
            // Several independent findings make a public dataset more certain.
            var distinct = ranked.Where(f => f.Score >= _rules.YesThreshold).Select(f => f.Evidence.Page * 100000 + (f.Evidence.Span?.Start ?? 0) / 1000).Distinct().Count();
            var confidence = Math.Min(0.97, best.Score + (distinct >= 3 ? 0.04 : 0));
            if (best.Score < 0.9 && (_privateMentions + _syntheticMentions) > 0) confidence -= 0.05;
            return DetectorVerdict.Of(Verdicts.Yes, confidence, "public data: " + string.Join("; ", names), evidence);
        }

        var looked = "no well-known public benchmark, dataset URL/DOI, named data repository or formally cited dataset in the body text";
        if (_privateMentions > 0) return DetectorVerdict.Of(Verdicts.No, 0.88, looked + " (the data is private or proprietary)");
        if (_syntheticMentions > 0) return DetectorVerdict.Of(Verdicts.No, 0.85, looked + " (only synthetic or simulated data)");
        if (best is not null) return DetectorVerdict.Of(Verdicts.No, 1 - best.Score, looked + " (only weak mentions)");
        return DetectorVerdict.Of(Verdicts.No, 0.9, looked);
    }

    [GeneratedRegex(@"[A-Za-z\)]\d{1,2}(?:,\d{1,2})*(?:\s*[.,;:]|\s*$)|[a-z\)][,.;:]\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"\b(?:available|released|can\s+be\s+(?:found|downloaded|accessed|obtained)|deposited|accessible|hosted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Availability();

    [GeneratedRegex(@"[A-Za-z]\s(?:\d{4}\s)?(\d)\s*[.,;:]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedFootnoteMarker();

    [GeneratedRegex(@"^\s*(\d{1,2})\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteLead();

    private static int FootnoteNumber(string text) =>
        FootnoteLead().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;

    /// <summary>Whether the trailing number is part of a label ("Table 1.", "Section 4.") rather than a footnote mark.</summary>
    private bool EndsWithLabel(Sentence sentence, int offset) =>
        _document.PiecesOf(sentence).At(offset) is { } p && p.Kind is RuleEngine.Sdk.Pieces.PieceKind.Label;

    private void Add(DataFinding? finding)
    {
        if (finding is not null) _findings.Add(finding);
    }
}
