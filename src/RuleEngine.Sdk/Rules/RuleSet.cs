using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>
/// A variable's rule data, loaded from its file in <c>rules/</c> (JSON): per-rule patterns, terms and
/// weights, named lexicons and numeric settings. Data, not code: a rule's behaviour can be tuned or a
/// rule switched off without recompiling. Regular expressions are built once and cached, with a match
/// timeout so a pathological input cannot hang a detector. They are interpreted unless the detector asks
/// for a compiled one (<see cref="Pattern(string, bool)"/>): compiling one costs 5-700 ms of JIT at
/// start-up, which only a pattern run on most sentences of many papers pays back.
/// </summary>
public sealed class RuleSet
{
    /// <summary>A guard against catastrophic backtracking, not a speed limit (patterns are warmed before use).</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ConcurrentDictionary<string, Regex> _regexCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LexiconFinder> _finderCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _wordSetCache = new(StringComparer.Ordinal);
    private readonly ImmutableHashSet<string> _disabled;

    public RuleSet(string variableId, IReadOnlyDictionary<string, RuleData> rules, IReadOnlyDictionary<string, IReadOnlyList<string>> lexicons,
        IReadOnlyDictionary<string, double> settings, IEnumerable<string>? disabledRules = null)
    {
        VariableId = variableId;
        Rules = rules;
        Lexicons = lexicons;
        Settings = settings;
        _disabled = (disabledRules ?? []).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public static RuleSet Empty(string variableId) => new(variableId, new Dictionary<string, RuleData>(), new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, double>());

    public string VariableId { get; }
    public IReadOnlyDictionary<string, RuleData> Rules { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lexicons { get; }
    public IReadOnlyDictionary<string, double> Settings { get; }
    public IReadOnlySet<string> DisabledRules => _disabled;

    /// <summary>Whether a rule is switched on in this run (configuration can disable it).</summary>
    public bool IsEnabled(string ruleId) => !_disabled.Contains(ruleId) && (!Rules.TryGetValue(ruleId, out var r) || r.Enabled);

    /// <summary>The data of a rule (an empty rule when the file has none).</summary>
    public RuleData Rule(string ruleId) => Rules.TryGetValue(ruleId, out var r) ? r : new RuleData { Id = ruleId };

    /// <summary>A rule's weight (confidence contribution), or <paramref name="fallback"/>.</summary>
    public double Weight(string ruleId, double fallback = 1.0) => Rules.TryGetValue(ruleId, out var r) && r.Weight is { } w ? w : fallback;

    /// <summary>A named lexicon (empty when absent).</summary>
    public IReadOnlyList<string> Lexicon(string name) => Lexicons.TryGetValue(name, out var l) ? l : [];

    /// <summary>A numeric setting, or <paramref name="fallback"/>.</summary>
    public double Setting(string name, double fallback) => Settings.TryGetValue(name, out var v) ? v : fallback;

    /// <summary>
    /// The rule's patterns combined into one case-insensitive regex (alternation), or null when the rule is
    /// disabled or has no patterns.
    /// </summary>
    public Regex? Pattern(string ruleId) => Pattern(ruleId, compiled: false);

    /// <summary>
    /// As <see cref="Pattern(string)"/>; with <paramref name="compiled"/>, compiled to IL: for a rule a detector
    /// runs on most sentences, where the JIT cost at start-up is paid back within a few papers
    /// (<c>ruleengine bench --patterns</c> shows what each pattern costs). Matches are the same either way.
    /// </summary>
    public Regex? Pattern(string ruleId, bool compiled)
    {
        if (!IsEnabled(ruleId)) return null;
        var rule = Rule(ruleId);
        if (rule.Patterns.Count == 0) return null;
        return _regexCache.GetOrAdd(compiled ? "compiled:" + ruleId : ruleId, _ => Compile(rule.Patterns, compiled));
    }

    /// <summary>
    /// An extra list of patterns stored under <paramref name="key"/> in a rule's data ("citedVoicePatterns",
    /// "complementPatterns" …), built like its patterns (<see cref="Compile(IEnumerable{string}, bool)"/>);
    /// null when absent, empty or the rule is disabled.
    /// </summary>
    public Regex? ExtraPattern(string ruleId, string key, bool compiled = false)
    {
        if (!IsEnabled(ruleId)) return null;
        var data = Rule(ruleId);
        if (data.Extra is null || !data.Extra.TryGetValue(key, out var element) || element.ValueKind != JsonValueKind.Array) return null;
        var patterns = element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
        return patterns.Count == 0 ? null : Compile(patterns, compiled);
    }

    /// <summary>
    /// A lexicon of single words as a lower-case set (cached), for constructions that test the words around a
    /// piece ("is this word a unit?"); compare with <c>word.ToLowerInvariant()</c>.
    /// </summary>
    public IReadOnlySet<string> LexiconWords(string name) =>
        _wordSetCache.GetOrAdd(name, n => new HashSet<string>(Lexicon(n).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal));

    /// <summary>A lexicon as a whole-word, case-insensitive regex (cached; interpreted: a literal alternation is found by a vectorised search in either engine).</summary>
    public Regex LexiconPattern(string name, bool caseSensitive = false) =>
        _regexCache.GetOrAdd("lexicon:" + name + (caseSensitive ? ":cs" : ""), _ =>
        {
            var terms = Lexicon(name).Where(t => t.Length > 0).OrderByDescending(t => t.Length).Select(Regex.Escape).ToList();
            if (terms.Count == 0) return new Regex("(?!)", RegexOptions.None, MatchTimeout);
            var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
            return new Regex(@"(?<![\w-])(?:" + string.Join("|", terms) + @")(?![\w])", options, MatchTimeout);
        });

    /// <summary>
    /// A lexicon's whole-word pattern (<see cref="LexiconPattern"/>, the same regex) behind a one-pass candidate
    /// filter over its terms: same matches, but a sentence holding none of the terms costs one vectorised scan (cached).
    /// </summary>
    public LexiconFinder LexiconFinder(string name, bool caseSensitive = false) =>
        _finderCache.GetOrAdd(name + (caseSensitive ? ":cs" : ""), _ => new LexiconFinder(LexiconPattern(name, caseSensitive), Lexicon(name), caseSensitive));

    /// <summary>
    /// Builds one regex from patterns as this class does (alternation, case-insensitive, culture-invariant,
    /// with a match timeout), interpreted.
    /// </summary>
    public static Regex Compile(IEnumerable<string> patterns) => Compile(patterns, compiled: false);

    /// <summary>
    /// Builds one regex from patterns as this class does; with <paramref name="compiled"/>, compiled to IL
    /// (same matches, faster per sentence, 5-700 ms of JIT on first use). A pattern set holding a lazy
    /// bounded group loop such as <c>(?:\w+\s+){0,3}?</c> is interpreted even then: .NET 10's compiled
    /// engine can backtrack without end on that construct (dotnet/runtime#133429; a 400-character sentence
    /// took over 10 s). Prefer the greedy form <c>{0,3}</c>, which matches the same sentences.
    /// </summary>
    public static Regex Compile(IEnumerable<string> patterns, bool compiled)
    {
        var list = patterns as IReadOnlyCollection<string> ?? [.. patterns];
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        if (compiled && !list.Any(HasLazyBoundedGroupLoop)) options |= RegexOptions.Compiled;
        return new("(?:" + string.Join(")|(?:", list) + ")", options, MatchTimeout);
    }

    /// <summary>True when <paramref name="pattern"/> has a lazy bounded loop over a group, <c>(…){m,n}?</c> (see <see cref="Compile"/>).</summary>
    public static bool HasLazyBoundedGroupLoop(string pattern) => LazyBoundedGroupLoop.IsMatch(pattern);

    private static readonly Regex LazyBoundedGroupLoop = new(@"(?<!\\)\)\{\d*,\d+\}\?", RegexOptions.CultureInvariant);

    /// <summary>
    /// Compiles every rule pattern and lexicon now and runs each once, so that compilation and JIT happen at
    /// start-up rather than inside a detector's time budget or a match timeout. Returns this set.
    /// </summary>
    public RuleSet Warm()
    {
        foreach (var id in Rules.Keys) Pattern(id)?.IsMatch("");
        foreach (var name in Lexicons.Keys) LexiconPattern(name).IsMatch("");
        return this;
    }

    /// <summary>A copy with more rules disabled.</summary>
    public RuleSet WithDisabled(IEnumerable<string> ruleIds) => new(VariableId, Rules, Lexicons, Settings, _disabled.Union(ruleIds));

    /// <summary>Parses a rule file.</summary>
    public static RuleSet Parse(string json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, JsonOptions) ?? throw new FormatException("Empty rule file.");
        if (string.IsNullOrWhiteSpace(file.Variable)) throw new FormatException("A rule file needs a \"variable\" ID.");
        var rules = new Dictionary<string, RuleData>(StringComparer.Ordinal);
        foreach (var r in file.Rules ?? [])
        {
            if (string.IsNullOrWhiteSpace(r.Id)) throw new FormatException($"Rule file for {file.Variable}: a rule has no id.");
            if (!r.Id.StartsWith(file.Variable + ".", StringComparison.Ordinal))
                throw new FormatException($"Rule '{r.Id}' does not belong to variable {file.Variable}.");
            if (!rules.TryAdd(r.Id, r)) throw new FormatException($"Rule '{r.Id}' appears twice.");
            foreach (var p in r.Patterns)
            {
                try { _ = new Regex(p, RegexOptions.None, MatchTimeout); }
                catch (ArgumentException e) { throw new FormatException($"Rule '{r.Id}': bad pattern /{p}/: {e.Message}", e); }
            }
        }
        var lexicons = (file.Lexicons ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
        var settings = (file.Settings ?? []).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new RuleSet(file.Variable, rules, lexicons, settings);
    }

    /// <summary>Loads a rule file from disk.</summary>
    public static RuleSet Load(string path) => Parse(File.ReadAllText(path));

    private sealed class RuleFile
    {
        public string Variable { get; set; } = "";
        public List<RuleData>? Rules { get; set; }
        public Dictionary<string, List<string>>? Lexicons { get; set; }
        public Dictionary<string, double>? Settings { get; set; }
    }
}

/// <summary>The data of one rule in a rule file.</summary>
public sealed class RuleData
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }
    public bool Enabled { get; set; } = true;
    public double? Weight { get; set; }

    /// <summary>Regular expressions (.NET syntax), combined by alternation.</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Plain terms (matched as whole words by the detector).</summary>
    public List<string> Terms { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
