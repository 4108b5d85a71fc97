using System.Text;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;

namespace RuleEngine.TestSupport;

/// <summary>
/// Runs detectors over the labelled dev papers (../shared/corpus/labels/dev.tsv) through the real PDF
/// reader (cached) and document builder, and scores them:
/// <code>
/// var run = DevSetEvaluation.Run(new OpenSourceCodeDetector());
/// output.WriteLine(run.Describe());                 // scores, confusion, misses with evidence
/// Assert.True(run.Score("OpenSourceCode").Accuracy >= 0.90);
/// </code>
/// Papers are analysed in parallel; the first run fills the layout cache (about a minute), later runs take seconds.
/// </summary>
public static class DevSetEvaluation
{
    public sealed record Run(EvaluationResult Result, IReadOnlyList<PaperReport> Reports, IReadOnlyList<string> Unreadable)
    {
        public VariableScore Score(string variableKey) => Result.Scores.Single(s => s.Variable == variableKey);

        /// <summary>A plain-text account: per-variable scores, confusion matrices, calibration and every miss with its evidence.</summary>
        public string Describe(bool misses = true)
        {
            var sb = new StringBuilder();
            sb.AppendLine($"{Result.Papers} papers; mean accuracy {Result.MeanAccuracy:0.000}; mean macro-F1 {Result.MeanMacroF1:0.000}");
            foreach (var s in Result.Scores)
            {
                sb.AppendLine($"{s.Variable,-24} acc {s.Accuracy:0.000}  macroF1 {s.MacroF1:0.000}  kappa {s.Kappa:0.000}  (n={s.Count})");
                sb.AppendLine($"    gold\\pred {string.Join(" ", s.Labels.Select(l => l.PadLeft(13)))}");
                for (var r = 0; r < s.Labels.Count; r++)
                    sb.AppendLine($"    {s.Labels[r],-9} {string.Join(" ", s.Confusion[r].Select(x => x.ToString().PadLeft(13)))}");
            }
            sb.AppendLine("calibration: " + string.Join("; ", Result.Calibration.Where(b => b.Count > 0).Select(b => $"[{b.From:0.00},{b.To:0.00}) {b.Correct}/{b.Count}")));
            foreach (var u in Unreadable) sb.AppendLine("unreadable: " + u);
            if (!misses) return sb.ToString();
            foreach (var m in Result.Misses.OrderBy(m => m.Variable).ThenBy(m => m.Paper))
            {
                sb.AppendLine($"MISS {m.Variable} {m.Paper}: gold {m.Gold}, predicted {m.Predicted} ({m.Confidence:0.00}) — {m.Rationale}");
                foreach (var e in m.Evidence.Take(3)) sb.AppendLine($"     p{e.Page} {e.Rule}: \"{(e.Quote.Length > 220 ? e.Quote[..220] + "…" : e.Quote)}\"");
            }
            return sb.ToString();
        }
    }

    /// <summary>Runs the given detectors (with the repository's rules/) on every dev paper.</summary>
    public static Run Evaluate(params VariableDetector[] detectors)
    {
        var gold = GoldStandard.Load(RepoPaths.DevLabels);
        var settings = new EngineSettings { RuleDirectories = [RepoPaths.Rules] };
        var loader = new RuleSetLoader(settings);
        var analyzer = new DocumentAnalyzer(detectors.Select(d => DetectorRegistration.Initialize(d, loader.Load(d), "test")).ToList(), TimeSpan.FromSeconds(30));

        var reports = new System.Collections.Concurrent.ConcurrentBag<PaperReport>();
        var unreadable = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(gold.PaperIds.OrderBy(x => x), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, id =>
        {
            try
            {
                var document = CorpusDocuments.Load(id);
                var analysis = analyzer.Analyze(document);
                reports.Add(new PaperReport { Paper = new PaperInfo(id + ".pdf", "", document.PageCount, document.Title), Variables = analysis.Variables, Diagnostics = analysis.Diagnostics });
            }
            catch (DocumentReadException e)
            {
                unreadable.Add($"{id}: {e.Code} {e.Message}");
            }
        });
        var ordered = reports.OrderBy(r => r.Paper.File, StringComparer.Ordinal).ToList();
        return new Run(Evaluator.Evaluate(ordered, gold), ordered, unreadable.OrderBy(x => x).ToList());
    }
}
