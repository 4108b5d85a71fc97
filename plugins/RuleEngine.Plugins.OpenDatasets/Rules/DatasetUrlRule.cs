using System.Text.RegularExpressions;
using RuleEngine.Plugins.OpenDatasets.Text;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>
/// RV0005.dataset-url: a URL (printed or linked) for data — on a data host, or in a sentence that speaks
/// of data (a dataset page, a download link, the authors' own released data).
/// </summary>
internal sealed class DatasetUrlRule(RuleSet rules)
{
    public const string Id = "RV0005.dataset-url";

    private static readonly string[] PaperHosts = ["arxiv.org", "openreview.net", "aclanthology.org", "aclweb.org", "proceedings.mlr.press", "papers.nips.cc",
        "proceedings.neurips.cc", "ieeexplore.ieee.org", "dl.acm.org", "springer.com", "sciencedirect.com", "researchgate.net", "jmlr.org", "orcid.org",
        "creativecommons.org", "ojs.aaai.org", "ijcai.org"];

    private readonly Regex? _dataWords = rules.Pattern(Id);
    private readonly Regex? _generatorCode = rules.ExtraPattern(Id, "generatorCodePatterns");
    private readonly string[] _dataHosts = [.. rules.Lexicon("dataHosts")];
    private readonly double _weight = rules.Weight(Id, 0.9);

    public bool IsEnabled => _dataWords is not null;

    /// <summary>Whether the text speaks of data.</summary>
    public bool IsAboutData(string text) => _dataWords.Hits(text);

    /// <summary>Whether the URL points at a paper page (arXiv, a publisher, ORCID) rather than at data.</summary>
    public static bool IsPaperHost(FoundUrl url) => PaperHosts.Any(h => url.Host == h || url.Host.EndsWith("." + h, StringComparison.Ordinal));

    /// <summary>Whether the URL is on a host that serves data (lexicon 'dataHosts').</summary>
    public bool IsDataHost(FoundUrl url)
    {
        var hostAndPath = url.Host + "/" + UrlFinder.PathOf(url.Url);
        return _dataHosts.Any(h => h.Contains('/') ? hostAndPath.StartsWith(h, StringComparison.OrdinalIgnoreCase) : url.Host == h || url.Host.EndsWith("." + h, StringComparison.Ordinal));
    }

    /// <summary>Whether the text names data with a strong noun (dataset, corpus, database, benchmark), not only "data".</summary>
    public static bool HasStrongDataNoun(string text) => StrongDataNoun.IsMatch(text);

    private static readonly Regex StrongDataNoun = new(@"\b(?:data\s?sets?|data-sets?|databases?|corpus|corpora|benchmarks?|repository|archive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public DataFinding? Inspect(Sentence sentence, IReadOnlyList<FoundUrl> urls)
    {
        if (_dataWords is null || urls.Count == 0) return null;
        DataFinding? best = null;
        // "our code for data generation is at https://github.com/…": the code that makes the data, not the data.
        var dataSentence = _dataWords.IsMatch(sentence.Text) && !_generatorCode.Hits(sentence.Text);
        foreach (var url in urls)
        {
            var host = url.Host;
            var hostAndPath = host + "/" + UrlFinder.PathOf(url.Url);
            if (PaperHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))) continue;
            double score;
            if (_dataHosts.Any(h => h.Contains('/') ? hostAndPath.StartsWith(h, StringComparison.OrdinalIgnoreCase) : host == h || host.EndsWith("." + h, StringComparison.Ordinal)))
                score = dataSentence ? _weight : _weight - 0.1;
            else if (dataSentence)
                score = _weight - 0.1;
            else continue;
            var start = Math.Clamp(url.Start, 0, Math.Max(0, sentence.Text.Length - 1));
            var evidence = Evidence.FromMatch(sentence, start, Math.Min(url.Length, sentence.Text.Length - start), Id);
            if (best is null || score > best.Score) best = new DataFinding(score, evidence, url.Url);
        }
        return best;
    }
}
