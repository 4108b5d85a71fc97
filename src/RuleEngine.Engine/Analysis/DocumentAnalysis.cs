using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>The outcome of running detectors over one document: results, diagnostics and per-detector time.</summary>
public sealed record DocumentAnalysis(IReadOnlyList<VariableResult> Variables, IReadOnlyList<DiagnosticEntry> Diagnostics, IReadOnlyDictionary<string, TimeSpan> DetectorTimes);

/// <summary>
/// Runs a set of initialised detectors over a <see cref="PaperDocument"/>: starts one session per
/// detector, walks the document once, collects verdicts at document end, checks each verdict against its
/// descriptor and each quote against the text. Faults become diagnostics; the other verdicts still come out.
/// </summary>
public sealed class DocumentAnalyzer(IReadOnlyList<DetectorRegistration> detectors, TimeSpan detectorBudget)
{
    public IReadOnlyList<DetectorRegistration> Detectors => detectors;

    public DocumentAnalysis Analyze(PaperDocument document, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticEntry>();
        var sessions = detectors.Select(d => new DetectorSession(d, document, detectorBudget, cancellationToken)).ToList();
        foreach (var s in sessions) s.Start();
        DocumentWalker.Walk(document, sessions, cancellationToken);
        foreach (var s in sessions) s.End();

        var results = new List<VariableResult>();
        var times = new Dictionary<string, TimeSpan>();
        foreach (var session in sessions)
        {
            var variable = session.Registration.Variable;
            times[variable.Id] = session.Elapsed;
            if (session.Fault is { } fault)
            {
                diagnostics.Add(new DiagnosticEntry(EngineDiagnosticIds.DetectorThrew, DiagnosticLevels.Warning,
                    $"{variable.Id} ({variable.Key}) threw {fault.GetType().Name}: {OneLine(fault.Message)}; no verdict for this variable"));
                continue;
            }
            if (session.TimedOut)
            {
                diagnostics.Add(new DiagnosticEntry(EngineDiagnosticIds.DetectorTimedOut, DiagnosticLevels.Warning,
                    $"{variable.Id} ({variable.Key}) exceeded its time budget of {detectorBudget.TotalMilliseconds:0} ms; no verdict for this variable"));
                continue;
            }
            if (session.Verdict is not { } verdict)
            {
                diagnostics.Add(new DiagnosticEntry(EngineDiagnosticIds.InvalidVerdict, DiagnosticLevels.Warning, $"{variable.Id} ({variable.Key}) reported no verdict"));
                continue;
            }
            if (!variable.Allows(verdict.Verdict))
            {
                diagnostics.Add(new DiagnosticEntry(EngineDiagnosticIds.InvalidVerdict, DiagnosticLevels.Warning,
                    $"{variable.Id} ({variable.Key}) reported '{verdict.Verdict}', which is not one of {string.Join("|", variable.AllowedVerdicts)}"));
                continue;
            }
            results.Add(ToResult(variable, verdict, session.Rules, document, diagnostics));
        }
        return new DocumentAnalysis(results, diagnostics, times);
    }

    private static VariableResult ToResult(VariableDescriptor variable, DetectorVerdict verdict, RuleSet rules, PaperDocument document, List<DiagnosticEntry> diagnostics)
    {
        var evidence = new List<EvidenceEntry>();
        foreach (var e in verdict.Evidence)
        {
            if (!rules.IsEnabled(e.Rule)) continue;
            if (!document.ContainsVerbatim(e.Quote))
            {
                diagnostics.Add(new DiagnosticEntry(EngineDiagnosticIds.EvidenceNotFound, DiagnosticLevels.Warning,
                    $"{variable.Id}: dropped evidence not found in the paper's text: \"{Truncate(e.Quote, 80)}\"", e.Page));
                continue;
            }
            if (evidence.Any(x => x.Quote == e.Quote)) continue;
            evidence.Add(new EvidenceEntry(e.Quote, e.Page, e.Rule));
        }
        return new VariableResult
        {
            Id = variable.Id,
            Variable = variable.Key,
            Name = variable.Title,
            Verdict = verdict.Verdict,
            Confidence = Math.Round(Math.Clamp(verdict.Confidence, 0, 1), 3),
            Source = VerdictSources.Heuristic,
            Evidence = evidence,
            Rationale = verdict.Rationale,
        };
    }

    /// <summary>The first sentence of a message, on one line.</summary>
    internal static string OneLine(string s)
    {
        s = s.ReplaceLineEndings(" ").Trim();
        var stop = s.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? s[..(stop + 1)] : s;
    }

    internal static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
