using System.Globalization;
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
        LlmVariable llmVariable, VariableResult? heuristic, PaperDocument document, PassageSelector passages, LlmUsage usage, CancellationToken cancellationToken)
    {
        var prompt = PromptBuilder.Build(llmVariable.Descriptor, llmVariable.Template, passages, llmVariable.Keywords, heuristic, document, options.TokenBudget);
        var judgement = await JudgeAsync(llmVariable, prompt, heuristic, document, usage, cancellationToken).ConfigureAwait(false);
        return judgement with { Withheld = prompt.Withheld };
    }

    private async Task<LlmJudgement> JudgeAsync(
        LlmVariable llmVariable, LlmPrompt prompt, VariableResult? heuristic, PaperDocument document, LlmUsage usage, CancellationToken cancellationToken)
    {
        var variable = llmVariable.Descriptor;
        LlmCallResult call;
        try
        {
            call = await runner.AskAsync(variable, prompt, cancellationToken).ConfigureAwait(false);
        }
        catch (RunCapReachedException e)
        {
            return Keep(LlmDiagnosticIds.Skipped, $"LLM skipped: {e.Message}; kept the heuristic verdicts");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsOpenCircuit(e))
        {
            return Keep(LlmDiagnosticIds.Skipped, "LLM skipped: the endpoint failed repeatedly and its circuit is open for the rest of the run; kept the heuristic verdicts");
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

        var quotes = QuoteVerifier.Verify(answer.Quotes, document, variable.Id + ".llm", prompt.Shown);
        var unverified = quotes.Count(e => e.Verified == false);
        var decision = LlmAnswerPolicy.Decide(answer, quotes, heuristic, options.ThresholdFor(variable.Id, variable.Key), llmVariable.CandidateFilter);
        // Only a sound answer whose every quote checked out is worth replaying next run.
        if (decision.AnswerIsSound && unverified == 0) runner.Remember(call);
        if (!decision.Accepted) return NotAccepted(variable, answer, heuristic, decision.Reason!);

        var evidence = quotes;
        // The model agreeing without quoting anything: the heuristic's (verbatim) evidence still supports the verdict.
        if (evidence.Count == 0 && heuristic is not null && heuristic.Verdict == answer.Verdict) evidence = heuristic.Evidence;
        var diagnostics = new List<DiagnosticEntry>();
        if (unverified > 0)
            diagnostics.Add(new DiagnosticEntry(LlmDiagnosticIds.QuoteNotFound, DiagnosticLevels.Warning,
                $"{variable.Id}: {unverified} of {evidence.Count} LLM quote(s) not found in the paper text shown to the model; verdict flagged"));
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

    /// <summary>The heuristic stands; the disagreement is said in a warning and in the heuristic result's rationale.</summary>
    private LlmJudgement NotAccepted(VariableDescriptor variable, LlmAnswer answer, VariableResult? heuristic, string reason)
    {
        var before = heuristic is null ? "no heuristic verdict"
            : string.Create(CultureInfo.InvariantCulture, $"the heuristic {heuristic.Verdict} ({heuristic.Confidence:0.00})");
        var diagnostic = new DiagnosticEntry(LlmDiagnosticIds.NotAccepted, DiagnosticLevels.Warning,
            $"{variable.Id}: LLM said {answer.Verdict}, not accepted: {reason}; kept {before}");
        var kept = heuristic is null ? null : heuristic with { Rationale = $"{heuristic.Rationale} [LLM ({runner.Model}) disagreed ({answer.Verdict}), not accepted: {reason}]".TrimStart() };
        return new LlmJudgement(kept, [diagnostic]);
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

    private static bool IsOpenCircuit(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Polly.CircuitBreaker.BrokenCircuitException) return true;
        return false;
    }

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
