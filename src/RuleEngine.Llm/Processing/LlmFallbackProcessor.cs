using System.Globalization;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// The LLM fallback as a report post-processor. In <see cref="LlmMode.Fallback"/> a variable goes to the
/// model only when its heuristic confidence is below the variable's threshold or its detector gave no verdict
/// (it threw or ran out of time); in <see cref="LlmMode.Always"/> every enabled variable does. Answers replace the heuristic result with
/// <c>source: llm</c>; a failed or malformed answer keeps the heuristic result and adds a warning. An info
/// diagnostic reports the calls and tokens of the paper.
/// </summary>
public sealed class LlmFallbackProcessor(IReadOnlyList<LlmVariable> variables, LlmVariableJudge judge, LlmOptions options, SecretRedactor? redactor = null) : IReportPostProcessor
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.None;

    public PaperReport Process(PaperReport report, PaperDocument document, CancellationToken cancellationToken)
    {
        if (options.Mode == LlmMode.Off || report.Failed) return report;
        var routed = Route(report).ToList();
        if (routed.Count == 0) return report;

        var usage = new LlmUsage();
        var passages = new PassageSelector(document);
        // The LLM's own budget, inside the paper's: whichever runs out first, the paper keeps its heuristic verdicts.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Budget);
        var tasks = routed.Select(r => judge.JudgeAsync(r.Variable, r.Heuristic, document, passages, usage, budget.Token)).ToArray();
        try { Task.WaitAll(tasks); }
        catch (AggregateException) { } // each task's outcome is read below

        var replaced = new Dictionary<string, VariableResult>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticEntry>(report.Diagnostics);
        var unfinished = new List<string>();
        var withheld = new SortedDictionary<int, Passage>();
        for (var i = 0; i < routed.Count; i++)
        {
            if (!tasks[i].IsCompletedSuccessfully)
            {
                unfinished.Add(routed[i].Variable.Descriptor.Id);
                continue;
            }
            foreach (var p in tasks[i].Result.Withheld) withheld.TryAdd(p.Order, p);
            if (tasks[i].Result.Result is { } result) replaced[routed[i].Variable.Descriptor.Id] = result with { Rationale = _redactor.Redact(result.Rationale) };
            foreach (var d in tasks[i].Result.Diagnostics.Select(d => d with { Message = _redactor.Redact(d.Message) }))
                if (!diagnostics.Contains(d)) diagnostics.Add(d);
        }
        if (withheld.Count > 0)
            diagnostics.Add(new DiagnosticEntry(LlmDiagnosticIds.PassagesWithheld, DiagnosticLevels.Warning,
                $"{withheld.Count} passage(s) addressing the model were withheld from LLM prompts: " +
                string.Join("; ", withheld.Values.Take(5).Select(p => $"p. {p.Page} ({InstructionDetector.Match(p.Text)}) \"{Excerpt(p.Text)}\""))));
        if (unfinished.Count > 0)
            diagnostics.Add(new DiagnosticEntry(LlmDiagnosticIds.Skipped, DiagnosticLevels.Warning, string.Create(CultureInfo.InvariantCulture,
                $"LLM work stopped: {(cancellationToken.IsCancellationRequested ? "the paper's budget ran out" : $"its budget of {options.Budget.TotalSeconds:0.#} s (ruleengine.llm.budget_ms) ran out")}; kept the heuristic verdicts of {string.Join(", ", unfinished)}")));
        diagnostics.Add(new DiagnosticEntry(LlmDiagnosticIds.Usage, DiagnosticLevels.Info, usage.Describe(judge.Model)));

        var results = report.Variables.Select(v => replaced.GetValueOrDefault(v.Id, v)).ToList();
        var present = report.Variables.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var v in variables)
            if (!present.Contains(v.Descriptor.Id) && replaced.TryGetValue(v.Descriptor.Id, out var added)) results.Add(added);
        var order = variables.Select((v, i) => (v.Descriptor.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return TextSanitizer.Clean(report with { Variables = [.. results.OrderBy(r => order.GetValueOrDefault(r.Id, int.MaxValue))], Diagnostics = diagnostics });
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>The variables to ask about, each with its heuristic result (null when the detector gave none).</summary>
    public IEnumerable<(LlmVariable Variable, VariableResult? Heuristic)> Route(PaperReport report)
    {
        foreach (var variable in variables)
        {
            var heuristic = report.Variables.FirstOrDefault(r => r.Id == variable.Descriptor.Id);
            var ask = options.Mode switch
            {
                LlmMode.Always => true,
                LlmMode.Fallback => heuristic is null || heuristic.Confidence < options.ThresholdFor(variable.Descriptor.Id, variable.Descriptor.Key),
                _ => false,
            };
            if (ask) yield return (variable, heuristic);
        }
    }
}
