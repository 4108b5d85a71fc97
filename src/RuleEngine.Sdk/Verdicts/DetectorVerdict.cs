namespace RuleEngine.Sdk;

/// <summary>
/// What a detector decided for one paper: a verdict value allowed by its descriptor, a confidence in 0..1,
/// the evidence and a one-line rationale (for a <c>No</c>: what was looked for and not found).
/// </summary>
public sealed record DetectorVerdict(string Verdict, double Confidence, IReadOnlyList<Evidence> Evidence, string Rationale)
{
    public static DetectorVerdict Of(string verdict, double confidence, string rationale, params IEnumerable<Evidence> evidence) =>
        new(verdict, Math.Clamp(confidence, 0, 1), evidence.ToList(), rationale);
}
