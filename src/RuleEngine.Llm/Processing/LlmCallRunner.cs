using Microsoft.Extensions.AI;
using RuleEngine.Llm.Answers;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// Sends prompts to the model: answers from the cache first, otherwise a call. Retries, the breaker, the
/// per-attempt slots (<see cref="LlmOptions.MaxConcurrency"/>) and timeouts live in the HTTP handler
/// (<see cref="Clients.ResilientHttpHandler"/>).
/// </summary>
public sealed class LlmCallRunner(IChatClient client, ILlmResponseCache cache, LlmOptions options, LlmRunLedger? ledger = null) : IDisposable
{
    /// <summary>The run's totals and caps.</summary>
    public LlmRunLedger Ledger { get; } = ledger ?? new LlmRunLedger(options);

    public string Model => options.Model;

    public async Task<LlmCallResult> AskAsync(VariableDescriptor variable, LlmPrompt prompt, CancellationToken cancellationToken)
    {
        var format = LlmAnswerSchema.For(variable).GetRawText();
        var key = CacheKey.Of(options.Model, options.Provider.ToString(), options.Endpoint.TrimEnd('/'),
            options.Temperature.ToString("R", System.Globalization.CultureInfo.InvariantCulture), prompt.System, prompt.User, format);
        if (Lookup(key) is { } hit)
        {
            Ledger.RecordCached(hit.PromptTokens + hit.CompletionTokens);
            return new LlmCallResult(hit.Text, hit.PromptTokens, hit.CompletionTokens, true, false, key);
        }
        if (!Ledger.TryReserveCall(prompt.PromptTokens)) throw new RunCapReachedException();

        ChatMessage[] messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)];
        var chatOptions = new ChatOptions
        {
            ModelId = options.Model,
            Temperature = (float)options.Temperature,
            MaxOutputTokens = options.MaxOutputTokens,
            ResponseFormat = LlmAnswerSchema.FormatFor(variable),
        };
        var response = await client.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);

        var promptTokens = response.Usage?.InputTokenCount ?? prompt.PromptTokens;
        var completionTokens = response.Usage?.OutputTokenCount ?? TokenCounter.Count(response.Text);
        Ledger.RecordSpent(promptTokens, completionTokens);
        var refused = response.FinishReason == ChatFinishReason.ContentFilter;
        return new LlmCallResult(response.Text ?? "", promptTokens, completionTokens, false, refused, key);
    }

    /// <summary>Keeps a usable answer for the next run.</summary>
    public void Remember(LlmCallResult result)
    {
        if (result.FromCache) return;
        try { cache.Put(result.CacheKey, options.Model, new CachedAnswer(result.Text, result.PromptTokens, result.CompletionTokens)); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException) { }
    }

    public void Dispose() => (client as IDisposable)?.Dispose();

    private CachedAnswer? Lookup(string key)
    {
        try { return cache.TryGet(key); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException) { return null; }
    }
}
