using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Model;

/// <summary>One side's verdict on one variable of one paper, with what it cited.</summary>
public sealed record VariableVerdict(string Variable, string Verdict, IReadOnlyList<EvidenceEntry> Evidence, string Rationale, double? Confidence, string Source)
{
    public string? Flag { get; init; }

    public static VariableVerdict From(VariableResult result) =>
        new(result.Variable, result.Verdict, result.Evidence, result.Rationale, result.Confidence, result.Source) { Flag = result.Flag };
}
