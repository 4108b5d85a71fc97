using System.Globalization;
using System.Text.RegularExpressions;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Answers;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// Asks the model about one variable of one paper and turns the answer into a <c>source: llm</c> result
/// with verified quotes. Never throws for a bad answer or a failed call: it returns no result and a
/// warning, so the heuristic verdict stays.
/// </summary>
public sealed class LlmVariableJudge(LlmCallRunner runner, LlmOptions options)
{
    public string Model => runner.Model;

    public async Task<LlmJudgement> JudgeAsync(
        VariableDescriptor variable, PromptTemplate template, Regex keywords, VariableResult? heuristic,
        PaperDocument document, PassageSelector passages, LlmUsage usage, CancellationToken cancellationToken)
    {
        var prompt = PromptBuilder.Build(variable, template, passages, keywords, heuristic, document, options.TokenBudget);
        LlmCallResult call;
        try
        {
            call = await runner.AskAsync(variable, prompt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            usage.RecordFailure();
            return Keep(LlmDiagnosticIds.CallFailed, $"{variable.Id}: LLM call failed ({Describe(e)}); kept the heuristic verdict");
        }
        usage.Record(call.PromptTokens, call.CompletionTokens, call.FromCache);
        if (call.Refused)
            return Keep(LlmDiagnosticIds.BadAnswer, $"{variable.Id}: the LLM refused to answer (content filter); kept the heuristic verdict");
        var answer = LlmAnswerParser.TryParse(call.Text, variable, out var error);
        if (answer is null)
            return Keep(LlmDiagnosticIds.BadAnswer, $"{variable.Id}: malformed LLM answer, {error}; kept the heuristic verdict");
        runner.Remember(call);

        var evidence = QuoteVerifier.Verify(answer.Quotes, document, variable.Id + ".llm");
        // The model agreeing without quoting anything: the heuristic's (verbatim) evidence still supports the verdict.
        if (evidence.Count == 0 && heuristic is not null && heuristic.Verdict == answer.Verdict) evidence = heuristic.Evidence;
        var unverified = evidence.Count(e => e.Verified == false);
        var diagnostics = new List<DiagnosticEntry>();
        if (unverified > 0)
            diagnostics.Add(new DiagnosticEntry(LlmDiagnosticIds.QuoteNotFound, DiagnosticLevels.Warning,
                $"{variable.Id}: {unverified} of {evidence.Count} LLM quote(s) not found in the paper text; verdict flagged"));
        var result = new VariableResult
        {
            Id = variable.Id,
            Variable = variable.Key,
            Name = heuristic?.Name ?? variable.Title,
            Verdict = answer.Verdict,
            Confidence = unverified > 0 ? options.UnverifiedConfidence : options.VerifiedConfidence,
            Source = VerdictSources.Llm,
            Evidence = evidence,
            Rationale = Rationale(answer, heuristic),
            Flag = unverified > 0 ? QuoteVerifier.NotFoundFlag : null,
        };
        return new LlmJudgement(result, diagnostics);
    }

    private string Rationale(LlmAnswer answer, VariableResult? heuristic)
    {
        var reason = string.IsNullOrWhiteSpace(answer.Reason) ? "no reason given" : answer.Reason.Trim();
        var before = heuristic is null ? "no heuristic verdict"
            : string.Create(CultureInfo.InvariantCulture, $"heuristic said {heuristic.Verdict} ({heuristic.Confidence:0.00})");
        return $"LLM ({runner.Model}): {reason} [{before}]";
    }

    private static LlmJudgement Keep(string id, string message) =>
        new(null, [new DiagnosticEntry(id, DiagnosticLevels.Warning, message)]);

    private static string Describe(Exception e)
    {
        var inner = e is AggregateException { InnerException: { } i } ? i : e;
        var text = inner switch
        {
            Polly.Timeout.TimeoutRejectedException => "timed out",
            TaskCanceledException => "timed out",
            _ => inner.Message,
        };
        text = text.ReplaceLineEndings(" ");
        return $"{inner.GetType().Name}: {(text.Length > 200 ? text[..200] + "…" : text)}";
    }
}
