using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.OpenDatasets.Rules;

/// <summary>
/// RV0005.known-benchmark: a well-known public benchmark named in a body sentence. Names from the
/// 'benchmarks' lexicon count on their own (stronger with a usage cue such as "we evaluate on");
/// names from 'ambiguousBenchmarks' ("Adult", "Reddit", "Traffic", "mountain car") only with a data word
/// beside them (dataset, benchmark, corpus, graph, network, environment, task).
/// </summary>
internal sealed class KnownBenchmarkRule(RuleSet rules)
{
    public const string Id = "RV0005.known-benchmark";

    private readonly bool _enabled = rules.IsEnabled(Id);
    private readonly LexiconFinder _names = rules.LexiconFinder("benchmarks", caseSensitive: true);
    private readonly LexiconFinder _ambiguous = rules.LexiconFinder("ambiguousBenchmarks", caseSensitive: true);
    private readonly IReadOnlySet<string> _notAfterAmbiguous = rules.LexiconWords("notAfterAmbiguousBenchmark");
    private readonly Regex? _usage = rules.Pattern(Id);
    private readonly Regex? _dataWord = rules.ExtraPattern(Id, "dataWordPatterns");
    private readonly double _weight = rules.Weight(Id, 0.92);
    private readonly double _bareScore = rules.Setting("bareBenchmarkScore", 0.6);

    private static readonly Regex StrictDataWord = new(@"\b(?:data\s?sets?|benchmarks?|corpus|corpora|graphs?|networks?|environments?|tasks?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex DataSetWord = new(@"\b(?:data\s?sets?|benchmarks?|corpus|corpora)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A data word beside an ambiguous name: "dataset", "benchmark", "corpus" within the sentence window (not bare "data": "DNA microarray data"); the weaker
    /// "graph", "network", "environment", "task" only right after the name or at most three words before it
    /// ("the Facebook graph", "benchmark tasks: mountain car") — "Among its many tasks are the repair of DNA" is no data.
    /// </summary>
    private static bool NearDataWord(string text, Match name)
    {
        var from = Math.Max(0, name.Index - 60);
        var to = Math.Min(text.Length, name.Index + name.Length + 40);
        if (DataSetWord.IsMatch(text[from..to])) return true;
        var after = text[(name.Index + name.Length)..to];
        if (WeakWordRightAfter.IsMatch(after)) return true;
        var before = text[from..name.Index];
        return WeakWordJustBefore.IsMatch(before);
    }

    private static readonly Regex WeakWordRightAfter = new(@"^[\s\-]*(?:\(\s*[^()]{0,30}\)\s*)?(?:graphs?|networks?|environments?|tasks?|domains?|problems?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex WeakWordJustBefore = new(@"\b(?:graphs?|networks?|environments?|tasks?|domains?|problems?)\b(?:\W+\w+){0,2}?\W+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The word after an ambiguous name makes it something else: "the Power method", "Amazon EC2".</summary>
    private bool NamesSomethingElse(string text, Match name)
    {
        var rest = text.AsSpan(name.Index + name.Length).TrimStart(" -");
        var end = rest.IndexOfAny(" ,.;:)");
        var next = (end < 0 ? rest : rest[..end]).ToString();
        return next.Length > 0 && _notAfterAmbiguous.Contains(next.ToLowerInvariant());
    }

    /// <summary>The name is used as a simulator or engine: "the CARLA simulator", "MuJoCo physics engine", "simulators ...: (a) CARLA".</summary>
    private static bool IsSimulator(string text, Match name)
    {
        var after = text[(name.Index + name.Length)..Math.Min(text.Length, name.Index + name.Length + 30)];
        if (SimulatorAfter.IsMatch(after)) return true;
        var before = text[Math.Max(0, name.Index - 60)..name.Index];
        return SimulatorBefore.IsMatch(before) && !StrictDataWord.IsMatch(after);
    }

    private static readonly Regex SimulatorAfter = new(@"^\W{0,3}(?:\(\s*[^()]{0,40}\)\s*)?(?:physics\s+|robot(?:ics)?\s+|driving\s+|3D\s+)?(?:simulators?|simulation\s+(?:engine|platform|software)|engine|physics|platform)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex SimulatorBefore = new(@"\b(?:simulators?|physics\s+engines?|simulation\s+(?:engines?|platforms?))\b[^.;]{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <param name="sentence">A body sentence.</param>
    /// <param name="isFraming">Whether the sentence sits in the abstract, introduction, related work, background, theory,
    /// discussion or conclusion, where benchmarks are often only mentioned as others' work.</param>
    public DataFinding? Inspect(Sentence sentence, bool isFraming)
    {
        if (!_enabled) return null;
        var text = sentence.Text;
        var strong = _usage.Hits(text) && (!isFraming || Words.IsFirstPerson(text));
        var m = _names.Match(text);
        // A simulator or physics engine builds the authors' own tasks: "the CARLA simulator", "MuJoCo physics engine".
        while (m.Success && IsSimulator(text, m)) m = m.NextMatch();
        if (m.Success)
        {
            var score = strong ? _weight
                : isFraming ? _bareScore - 0.15
                : _dataWord.Hits(text) ? _weight - 0.07
                : _bareScore;
            return new DataFinding(score, Evidence.FromMatch(sentence, m.Index, m.Length, Id), m.Value);
        }
        if (!strong && isFraming) return null;
        // An ambiguous name counts where a data word stands beside it; the first such mention wins.
        foreach (Match a in _ambiguous.Matches(text))
        {
            if (NearDataWord(text, a) && !NamesSomethingElse(text, a))
                return new DataFinding(strong ? _weight - 0.07 : _bareScore, Evidence.FromMatch(sentence, a.Index, a.Length, Id), a.Value);
        }
        return null;
    }
}
