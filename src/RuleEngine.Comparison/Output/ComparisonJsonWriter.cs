using System.Text.Json;
using RuleEngine.Comparison.Analysis;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Output;

/// <summary>The comparison as JSON (camelCase): agreement and confusion per variable, gold tallies, disagreements with both sides' evidence.</summary>
public sealed class ComparisonJsonWriter : IComparisonWriter
{
    public void Write(ComparisonResult r, TextWriter output)
    {
        var document = new
        {
            heuristic = r.HeuristicLabel,
            llm = r.LlmLabel,
            papers = r.Papers,
            overallAgreement = Math.Round(r.OverallAgreement, 4),
            variables = r.Agreements.Select(a => new
            {
                variable = a.Variable,
                papers = a.Papers,
                agreement = Math.Round(a.Agreement, 4),
                kappa = Math.Round(a.Kappa, 4),
                disagreements = a.Disagreements,
                labels = a.Score.Labels,
                confusion = a.Score.Confusion,
            }),
            gold = r.Gold?.Select(g => new
            {
                variable = g.Variable,
                papers = g.Papers,
                heuristicRight = g.HeuristicRight,
                llmRight = g.LlmRight,
                bothRight = g.BothRight,
                neitherRight = g.NeitherRight,
                heuristicAccuracy = Math.Round(g.HeuristicAccuracy, 4),
                llmAccuracy = Math.Round(g.LlmAccuracy, 4),
            }),
            goldPapers = r.Gold is null ? (int?)null : r.GoldPapers,
            goldNote = r.GoldWithoutOverlap ? GoldText.NoOverlap(r) : null,
            hybrid = r.Hybrid is not { } sweep ? null : new
            {
                thresholds = sweep.Thresholds,
                best = sweep.Best,
                variables = sweep.Variables.Append(sweep.Overall).Select(row => new
                {
                    variable = row.Variable,
                    verdicts = row.Verdicts,
                    heuristicAccuracy = Math.Round(row.HeuristicAccuracy, 4),
                    llmAccuracy = Math.Round(row.LlmAccuracy, 4),
                    points = row.Points.Select(p => new { threshold = p.Threshold, accuracy = Math.Round(row.Accuracy(p), 4), right = p.Right, fromLlm = p.FromLlm }),
                }),
            },
            disagreements = r.Disagreements.Select(d => new { paper = d.PaperId, title = d.Title, variable = d.Variable, gold = d.Gold, heuristic = Side(d.Heuristic), llm = Side(d.Llm) }),
            onlyHeuristic = r.OnlyHeuristic,
            onlyLlm = r.OnlyLlm,
        };
        output.Write(JsonSerializer.Serialize(document, ReportJson.Options));
        output.WriteLine();
    }

    private static object Side(VariableVerdict v) => new { verdict = v.Verdict, confidence = v.Confidence, source = v.Source, flag = v.Flag, evidence = v.Evidence, rationale = v.Rationale };
}
