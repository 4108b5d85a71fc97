using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Engine.Configuration;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Hosting;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// The LLM options of the command line (<c>--llm</c>, <c>--llm-provider</c>, …) as configuration keys
/// (<c>ruleengine.llm.*</c>, winning over the files), and the registration of the fallback when it is on.
/// </summary>
public static class LlmCommandLine
{
    /// <summary>The settings with the command line's LLM options applied; with the LLM on, the per-paper budget is raised to <c>llm.paper_budget_ms</c>.</summary>
    public static EngineSettings Apply(EngineSettings settings, EngineCommandSettings options)
    {
        var values = new List<KeyValuePair<string, string>>();
        void Set(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) values.Add(new(key, value.Trim()));
        }
        // Where papers and the key go is the user's word only: the environment, then the command line, win over files.
        Set("llm.mode", Environment.GetEnvironmentVariable(LlmEnvironment.Mode));
        Set("llm.provider", Environment.GetEnvironmentVariable(LlmEnvironment.Provider));
        Set("llm.endpoint", Environment.GetEnvironmentVariable(LlmEnvironment.Endpoint));
        Set("llm.model", Environment.GetEnvironmentVariable(LlmEnvironment.Model));
        Set("llm.mode", options.Llm);
        Set("llm.provider", options.LlmProvider);
        Set("llm.endpoint", options.LlmEndpoint);
        Set("llm.model", options.LlmModel);
        Set("llm.token_budget", options.LlmTokenBudget?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("llm.cache", options.LlmCache);
        Set("llm.max_calls", options.LlmMaxCalls?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("llm.max_tokens", options.LlmMaxTokens?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        settings = settings.With(values);

        var llm = Read(settings);
        if (llm.Mode != LlmMode.Off && settings.PaperBudget < llm.PaperBudget)
            settings = settings.With([new("engine.paper_budget_ms", llm.PaperBudget.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        // The LLM's budget lies inside the paper's, with room left to write the heuristic verdicts back.
        if (llm.Mode != LlmMode.Off && llm.Budget > settings.PaperBudget * 0.8)
            settings = settings.With([new("llm.budget_ms", (settings.PaperBudget.TotalMilliseconds * 0.8).ToString("0", System.Globalization.CultureInfo.InvariantCulture))]);
        return settings;
    }

    /// <summary>Registers the fallback post-processor unless the mode is off (then nothing touches the network).</summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, EngineSettings settings)
    {
        var options = Read(settings);
        if (options.Mode == LlmMode.Off) return services;
        if (options.CachePath is null && settings.Get("llm.cache") is null)
            Output.Consoles.WriteWarning("neither XDG_CACHE_HOME nor HOME is set: the LLM response cache is off for this run (give --llm-cache FILE to keep one)");
        try
        {
            _ = new Uri(options.Endpoint, UriKind.Absolute);
            return services.AddLlmFallback(options, ChatClientFactory.Create(options, LlmApiKey.FromEnvironment()));
        }
        catch (UriFormatException) { throw new UsageException($"--llm-endpoint is not an absolute URL: {options.Endpoint}"); }
        catch (InvalidOperationException e) { throw new UsageException(e.Message); }
    }

    private static LlmOptions Read(EngineSettings settings)
    {
        try { return LlmOptions.FromSettings(settings); }
        catch (FormatException e) { throw new UsageException($"bad LLM configuration: {e.Message}"); }
    }
}
