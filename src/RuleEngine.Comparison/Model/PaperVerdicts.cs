using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Model;

/// <summary>One side's verdicts on one paper, by variable key.</summary>
/// <param name="PaperId">The corpus id: the PDF's file name without extension.</param>
public sealed record PaperVerdicts(string PaperId, string? Title, IReadOnlyDictionary<string, VariableVerdict> Variables)
{
    /// <summary>The verdicts of an engine report; <paramref name="source"/> keeps only results of that source (e.g. <c>llm</c>).</summary>
    public static PaperVerdicts FromReport(PaperReport report, string? source = null) => new(
        GoldStandard.PaperIdOf(report.Paper.File),
        report.Paper.Title,
        report.Variables.Where(v => source is null || v.Source == source)
            .GroupBy(v => v.Variable, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => VariableVerdict.From(g.First()), StringComparer.Ordinal));
}
