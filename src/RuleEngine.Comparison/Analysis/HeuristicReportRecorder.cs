using System.Collections.Concurrent;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Comparison.Analysis;

/// <summary>
/// A post-processor registered before the LLM fallback that keeps each paper's report as the heuristics
/// left it, so one analysis run gives both sides of a live comparison (<c>compare --llm always</c>).
/// </summary>
public sealed class HeuristicReportRecorder : IReportPostProcessor
{
    private readonly ConcurrentDictionary<string, PaperReport> _reports = new(StringComparer.Ordinal);

    public PaperReport Process(PaperReport report, PaperDocument document, CancellationToken cancellationToken)
    {
        _reports[report.Paper.Path ?? report.Paper.File] = report;
        return report;
    }

    /// <summary>The heuristic report of a file (by the path it was analysed under), or null.</summary>
    public PaperReport? For(PaperInfo paper) => _reports.GetValueOrDefault(paper.Path ?? paper.File);
}
