using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RuleEngine.Plugins.ExperimentSetup.Rules;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.ExperimentSetup;

/// <summary>
/// RV0009 Experiment Setup: <c>Yes</c> when the paper itself gives concrete configuration of its experiments —
/// hyperparameter values, optimizer settings, a settings table, run settings (time limits, runs, seeds) or
/// parameter values in the experimental part; <c>No</c> for papers without experiments, "standard settings",
/// or details deferred to a supplement, code or prior work. Each matching sentence adds its rule's weight to a
/// score (half weight outside the experimental part, capped per rule); the verdict compares it to a threshold.
/// </summary>
public sealed class ExperimentSetupDetector : VariableDetector
{
    private static readonly Regex YearPattern = new(@"\b(?:19|20)\d{2}[a-z]?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    // A figure caption shows the paper's own runs even inside a theory section ("Figure 2: with a constant learning rate γ = 0.7 …").
    private static readonly Regex FigureCaption = new(@"^\s*(?:Figure|Fig\.)\s*[A-Z]?\d+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex AlgorithmLine = new(@"^\s*Algorithm\s*\d|←", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex TableCaption = new(@"^\s*(?:Table|Tab\.)\s*[A-Z]?\d+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public override VariableDescriptor Variable => ExperimentSetupDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        ExperimentSetupDescriptors.HyperparameterValue,
        ExperimentSetupDescriptors.OptimizerSetting,
        ExperimentSetupDescriptors.SettingsTable,
        ExperimentSetupDescriptors.RunSettings,
        ExperimentSetupDescriptors.ParameterAssignment,
        ExperimentSetupDescriptors.SymbolValue,
        ExperimentSetupDescriptors.SettingValue,
        ExperimentSetupDescriptors.ValueGrid,
        ExperimentSetupDescriptors.RunCount,
        ExperimentSetupDescriptors.DeferredDetails,
    ];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var rules = start.Rules;
            var document = start.Document;
            var regions = new ExperimentRegions(document, rules);
            var tableRule = new SettingsTableRule(rules);
            SetupPatternRule[] sentenceRules =
            [
                new HyperparameterValueRule(rules),
                new RunSettingsRule(rules),
                new OptimizerSettingRule(rules),
                new ParameterAssignmentRule(rules),
                new SymbolValueRule(rules),
                new RunCountRule(rules),
                new DeferredDetailsRule(rules),
            ];
            var vocabulary = new SetupVocabulary(rules);
            SetupConstruction[] constructions =
            [
                new SettingValueConstruction(rules, vocabulary),
                new ValueGridConstruction(rules, vocabulary),
                new RunCountConstruction(rules, vocabulary),
                new RunLimitConstruction(rules, vocabulary),
            ];
            var theoryLabels = rules.Lexicon("theoryLabels");
            var firstPerson = rules.LexiconFinder("firstPerson");
            var metricComputation = rules.LexiconFinder("metricComputation");
            var noExperimentsOutsideFactor = rules.Setting("noExperimentsOutsideFactor", 0.0);
            var cues = rules.LexiconFinder("experimentCues");
            var mathStarts = rules.Lexicon("mathStatementStarts");
            var referenceCues = rules.LexiconFinder("referenceCues");
            var outsideFactor = rules.Setting("outsideExperimentsFactor", 0.5);
            var findings = new List<SetupFinding>();
            var tableCaptions = new HashSet<string>(StringComparer.Ordinal);

            void AddTable(Evidence evidence, string caption, bool inExperiments)
            {
                if (!tableCaptions.Add(PaperDocument.Normalize(caption))) return;
                findings.Add(new SetupFinding(tableRule.RuleId, evidence, tableRule.Weight * (inExperiments || regions.HasExperimentalPart ? 1 : outsideFactor), inExperiments));
            }

            start.RegisterSentenceAction(sentence =>
            {
                var offset = sentence.Span.Start;
                if (regions.IsBackMatter(offset)) return;
                var text = sentence.Text;
                if (text.Length < 8) return;
                if (YearPattern.IsMatch(text) && referenceCues.SafeIsMatch(text)) return;
                var inExperiments = regions.IsExperimental(offset);
                // a figure caption shows the paper's own runs: it counts as experimental context
                var cued = cues.SafeIsMatch(text) || FigureCaption.IsMatch(text);
                var context = inExperiments || cued;
                var isMath = StartsWithAny(text, mathStarts);

                if (TableCaption.IsMatch(text) && tableRule.Inspect(text) is { Success: true } t)
                    AddTable(Evidence.FromMatch(sentence, t.Index, t.Length, tableRule.RuleId), text, inExperiments);

                // A setting belongs to the paper's own experiments: outside the experimental part, a mathematical statement
                // is no evidence, nor (unless it speaks of experiments) a sentence of a theory section, one naming a theorem
                // or one about cited work. Numbers that only say how a metric was computed ("t-tests with p = 0.05") neither.
                var pieces = document.PiecesOf(sentence);
                if (!inExperiments && (isMath || (!cued && IsTheory(document, sentence, pieces, theoryLabels, firstPerson)))) return;
                if (metricComputation.SafeIsMatch(text)) return;
                var factor = context ? 1.0 : regions.HasExperimentalPart ? outsideFactor : noExperimentsOutsideFactor;
                if (factor <= 0) return;

                foreach (var rule in sentenceRules)
                {
                    if (rule.NeedsExperimentContext && !context) continue;
                    if (rule.NeedsExperimentRegion && !inExperiments) continue;
                    if (rule.SkipsMathStatements && isMath) continue;
                    var m = rule.Inspect(text);
                    if (!m.Success) continue;
                    var score = rule.Weight > 0 ? rule.Weight * factor : rule.Weight;
                    findings.Add(new SetupFinding(rule.RuleId, Evidence.FromMatch(sentence, m.Index, m.Length, rule.RuleId), score, context));
                }

                // Constructions over the sentence's pieces: only in experimental context, never in a mathematical statement
                // nor in the lines of an algorithm block ("Algorithm 1 input … initialize r ← 1").
                if (!context || isMath || AlgorithmLine.IsMatch(text)) return;
                foreach (var construction in constructions)
                {
                    if (!construction.IsEnabled) continue;
                    if (construction.Find(pieces) is not { } c) continue;
                    findings.Add(new SetupFinding(construction.RuleId, Evidence.FromMatch(sentence, c.Index, c.Length, construction.RuleId), construction.Weight, context));
                }
            });

            start.RegisterFloatAction(f =>
            {
                if (f.Kind != FloatKind.Table || regions.IsBackMatter(f.Span.Start)) return;
                if (tableRule.Inspect(f.Caption) is not { Success: true }) return;
                AddTable(Evidence.FromSpan(document, f.Span, tableRule.RuleId), f.Caption, regions.IsExperimental(f.Span.Start));
            });

            start.RegisterDocumentEndAction(end => end.ReportVerdict(Decide(rules, regions, findings)));
        });
    }

    /// <summary>
    /// Whether a sentence outside the experimental part states theory or cited work rather than the paper's own
    /// experiments: a theory section, a label naming a theorem-like statement ("Lemma 3"),
    /// or a citation in a sentence without a first-person voice ("Ghadimi and Lan (2013) show a step size of 1/L").
    /// </summary>
    private static bool IsTheory(PaperDocument document, Sentence sentence, SentencePieces pieces, IReadOnlyList<string> theoryLabels, LexiconFinder firstPerson)
    {
        if (document.SectionOf(sentence) is { Kind: SectionKind.Theory }) return true;
        if (pieces.Has(PieceKind.Label))
        {
            foreach (var label in pieces.OfKind(PieceKind.Label))
            {
                var word = pieces.TextOf(label);
                if (theoryLabels.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase))) return true;
            }
        }
        return pieces.Has(PieceKind.Citation) && !firstPerson.SafeIsMatch(sentence.Text);
    }

    private static bool StartsWithAny(string text, IReadOnlyList<string> starts)
    {
        var t = text.AsSpan().TrimStart();
        foreach (var s in starts)
        {
            if (t.StartsWith(s, StringComparison.Ordinal) && (t.Length == s.Length || !char.IsLetter(t[s.Length]))) return true;
        }
        return false;
    }

    private static DetectorVerdict Decide(RuleSet rules, ExperimentRegions regions, List<SetupFinding> findings)
    {
        var cap = rules.Setting("perRuleCap", 4.0);
        var threshold = regions.HasExperimentalPart ? rules.Setting("yesThreshold", 1.0) : rules.Setting("noExperimentsThreshold", 1.5);
        var strong = rules.Setting("strongScore", 6.0);

        // A paper without an experimental part counts only settings said of experiments ("in our simulations we set …"):
        // step sizes and constants in a theory paper's derivations are no experiment setup.
        if (!regions.HasExperimentalPart && rules.Setting("noExperimentsNeedsContext", 1) > 0)
            findings = findings.Where(f => f.InExperimentContext || f.Score < 0).ToList();
        var byRule = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Score), StringComparer.Ordinal);
        var deferralCap = rules.Setting("deferralCap", 0.6);
        // Counts of runs or instances describe how often, not how: alone they stay below the threshold. Beside another
        // concrete setting (sizes together with the number of runs, spec: partial settings) they count up to a higher cap.
        var otherSettings = byRule.Any(kv => kv.Key != RunCountRule.Id && kv.Value > 0);
        var runCountCap = otherSettings ? rules.Setting("runCountWithSettingsCap", 1.0) : rules.Setting("runCountCap", 0.5);
        var score = byRule.Sum(kv => Math.Clamp(kv.Value, -deferralCap, kv.Key == RunCountRule.Id ? runCountCap : cap));
        var positives = findings.Where(f => f.Score > 0).ToList();
        var summary = string.Join(", ", byRule.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key[7..]} {kv.Value:0.0}"));

        if (score >= threshold && positives.Count > 0)
        {
            var evidence = positives
                .OrderByDescending(f => f.InExperimentContext)
                .ThenByDescending(f => f.Score)
                .Select(f => f.Evidence)
                .DistinctBy(e => e.Quote, StringComparer.Ordinal)
                .Take(3)
                .ToList();
            // 0.6 at the threshold, rising to 0.95 at the strong score.
            var t = Math.Clamp((score - threshold) / Math.Max(0.1, strong - threshold), 0, 1);
            var confidence = 0.6 + 0.35 * t;
            if (!regions.HasExperimentalPart) confidence -= 0.05;
            return DetectorVerdict.Of(Verdicts.Yes, Math.Clamp(confidence, 0.5, 0.97), $"concrete experiment configuration (score {score:0.0}: {summary})", evidence);
        }

        string rationale;
        double noConfidence;
        if (!regions.HasExperimentalPart && positives.Count == 0)
        {
            rationale = "no experiments section and no hyperparameter values, training settings, settings table or run settings (time limits, runs, seeds)";
            noConfidence = rules.Setting("noExperimentsConfidence", 0.9);
        }
        else if (positives.Count == 0)
        {
            rationale = "experiments present but no hyperparameter values, training settings, settings table or run settings found";
            noConfidence = rules.Setting("noConfidence", 0.75);
        }
        else
        {
            rationale = $"too little concrete configuration (score {score:0.0} < {threshold:0.0}: {summary})";
            noConfidence = 0.6;
        }
        return DetectorVerdict.Of(Verdicts.No, noConfidence, rationale);
    }
}
