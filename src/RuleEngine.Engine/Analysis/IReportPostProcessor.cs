using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>
/// A stage that runs after the detectors on each paper and may revise its report — the LLM fallback is
/// one (it re-decides low-confidence verdicts and marks them <c>source: llm</c>). Registered in DI;
/// run in registration order. Must not throw for a bad answer from a remote service: report a diagnostic.
/// </summary>
public interface IReportPostProcessor
{
    PaperReport Process(PaperReport report, PaperDocument document, CancellationToken cancellationToken);
}
