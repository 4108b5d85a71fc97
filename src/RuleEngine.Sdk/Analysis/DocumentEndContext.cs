using RuleEngine.Sdk.Documents;

namespace RuleEngine.Sdk;

/// <summary>Where a detector reports its verdict, once the walk over the paper has ended.</summary>
public abstract class DocumentEndContext
{
    public abstract PaperDocument Document { get; }
    public abstract RuleSet Rules { get; }

    /// <summary>Reports the verdict for this paper. The last report wins.</summary>
    public abstract void ReportVerdict(DetectorVerdict verdict);

    /// <summary>Shorthand for <see cref="ReportVerdict(DetectorVerdict)"/>.</summary>
    public void ReportVerdict(string verdict, double confidence, string rationale, IEnumerable<Evidence>? evidence = null) =>
        ReportVerdict(new DetectorVerdict(verdict, Math.Clamp(confidence, 0, 1), (evidence ?? []).ToList(), rationale));
}
