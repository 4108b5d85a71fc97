using System.Collections.Immutable;
using RuleEngine.Plugins.ResearchType.Rules;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearchType;

/// <summary>
/// RV0001 Research Type: <c>Experimental</c> when the paper reports empirical work (an experiments section
/// with measured results, results sentences, results tables/figures), else <c>Theoretical</c> (theorems and
/// proofs, a framework, a survey or a system description without measured results).
/// </summary>
public sealed class ResearchTypeDetector : VariableDetector
{
    public override VariableDescriptor Variable => ResearchTypeDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        ResearchTypeDescriptors.ExperimentsSection,
        ResearchTypeDescriptors.ResultsStatement,
        ResearchTypeDescriptors.ResultsFloat,
        ResearchTypeDescriptors.TheoremProof,
        ResearchTypeDescriptors.NonEmpiricalGenre,
        ResearchTypeDescriptors.PlottedMeasurements,
    ];

    public override void Initialize(AnalysisContext context)
    {
        // Rules are immutable (compiled patterns): built once, shared by all papers.
        var rules = context.Rules;
        var sectionRule = new ExperimentsSectionRule(rules);
        var resultsRule = new ResultsStatementRule(rules);
        var floatRule = new ResultsFloatRule(rules);
        var theoremRule = new TheoremProofRule(rules);
        var genreRule = new NonEmpiricalGenreRule(rules);
        var plotRule = new PlottedMeasurementsRule(rules);
        context.RegisterDocumentStartAction(start =>
        {
            var document = start.Document;
            var state = new ResearchTypeEvidence();

            start.RegisterSentenceAction(sentence =>
            {
                if (document.IsBackMatter(sentence.Span.Start)) return;
                if (resultsRule.Inspect(sentence) is { } result && state.ResultSentences.Add(sentence.Index)) state.Results.Add(result);
                if (state.Genre.Count == 0 && genreRule.Inspect(sentence) is { } genre) state.Genre.Add(genre);
            });
            start.RegisterFloatAction(f =>
            {
                if (document.IsBackMatter(f.Span.Start)) return;
                if (floatRule.Inspect(document, f) is { } e) state.ResultFloats.Add(e);
            });
            start.RegisterDocumentEndAction(end =>
            {
                var headings = sectionRule.Find(document).ToList();
                state.ResultFloats.AddRange(floatRule.FindCaptionLines(document));
                var (theorems, theoremEvidence) = theoremRule.Find(document, 2);
                end.ReportVerdict(Decide(rules, headings, state, theorems, theoremEvidence, () => plotRule.Find(document)));
            });
        });
    }

    private static DetectorVerdict Decide(RuleSet rules, List<Evidence> headings, ResearchTypeEvidence state, int theorems, List<Evidence> theoremEvidence, Func<List<Evidence>> plotted)
    {
        var results = state.Results.Count;
        var floats = state.ResultFloats.Count;
        var heading = headings.Count > 0;
        var genre = state.Genre.Count > 0;
        var strongResults = (int)rules.Setting("strongResultsCount", 3);
        var minResults = (int)rules.Setting("minResultsWithoutHeading", 2);
        var theoryHeavy = theorems >= (int)rules.Setting("theoryHeavyCount", 8);

        var evidence = new List<Evidence>();
        evidence.AddRange(headings.Take(1));
        evidence.AddRange(state.Results.Take(heading ? 2 : 3));
        if (evidence.Count < 3) evidence.AddRange(state.ResultFloats.Take(3 - evidence.Count));

        string summary = $"{headings.Count} experiments heading(s), {results} results sentence(s), {floats} results caption(s), {theorems} theorem/proof line(s)";

        if (heading && (results > 0 || floats > 0))
        {
            var conf = results + floats >= strongResults ? 0.97 : 0.9;
            if (genre) conf -= 0.1;
            return DetectorVerdict.Of(Verdicts.Experimental, conf, "empirical work: " + summary, evidence);
        }
        if (results >= minResults || (results >= 1 && floats >= 2))
        {
            var conf = results + floats >= strongResults + 2 ? 0.9 : 0.8;
            if (theoryHeavy) conf -= 0.1;
            if (genre) conf -= 0.15;
            return DetectorVerdict.Of(Verdicts.Experimental, conf, "measured results reported: " + summary, evidence);
        }
        if (heading)
        {
            return DetectorVerdict.Of(Verdicts.Experimental, theoryHeavy ? 0.6 : 0.7, "experiments section with few measured-results statements: " + summary, evidence);
        }
        if (floats >= 2 && !genre)
        {
            return DetectorVerdict.Of(Verdicts.Experimental, 0.6, "results tables/figures without an experiments section: " + summary, evidence);
        }

        // An experiment reported as a plot under a loosely named heading ("Numerical examples", "Experiment details").
        if (plotted() is { Count: > 0 } plot)
        {
            return DetectorVerdict.Of(Verdicts.Experimental, theoryHeavy ? 0.65 : 0.7, "plotted measurements under an empirical heading: " + summary, plot.Concat(evidence).Take(3));
        }

        // Theoretical: no empirical work found.
        var theoryEvidence = new List<Evidence>(theoremEvidence);
        theoryEvidence.AddRange(state.Genre.Take(1));
        var confidence = theorems >= 3 ? 0.9 : genre ? 0.8 : 0.7;
        if (results + floats > 0) confidence -= 0.15;
        var why = theorems > 0
            ? "theorems/proofs and no experiments section, results table or measured-results statement: " + summary
            : "no experiments section, results table or measured-results statement (conceptual, survey or system description): " + summary;
        return DetectorVerdict.Of(Verdicts.Theoretical, confidence, why, theoryEvidence);
    }
}
