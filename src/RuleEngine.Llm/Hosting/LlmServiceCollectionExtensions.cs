using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Hosting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Clients;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;

namespace RuleEngine.Llm.Hosting;

/// <summary>Registers the LLM fallback post-processor (nothing at all when the mode is off).</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Adds the fallback with the given options. <paramref name="chatClient"/> replaces the provider's client
    /// (tests); otherwise it is built from the options with the API key from the environment.
    /// </summary>
    public static IServiceCollection AddLlmFallback(this IServiceCollection services, LlmOptions options, IChatClient? chatClient = null)
    {
        if (options.Mode == LlmMode.Off) return services;
        services.AddSingleton(options);
        services.AddSingleton(_ => chatClient ?? ChatClientFactory.Create(options, LlmApiKey.FromEnvironment()));
        services.AddSingleton<ILlmResponseCache>(_ => OpenCache(options));
        services.AddSingleton(sp => new LlmCallRunner(sp.GetRequiredService<IChatClient>(), sp.GetRequiredService<ILlmResponseCache>(), options));
        services.AddSingleton(sp => new LlmVariableJudge(sp.GetRequiredService<LlmCallRunner>(), options));
        services.AddSingleton<IReportPostProcessor>(sp => new LlmFallbackProcessor(
            LlmVariable.FromCatalog(sp.GetRequiredService<DetectorCatalog>()), sp.GetRequiredService<LlmVariableJudge>(), options, new SecretRedactor(LlmApiKey.FromEnvironment())));
        return services;
    }

    private static ILlmResponseCache OpenCache(LlmOptions options)
    {
        if (options.CachePath is null) return NoResponseCache.Instance;
        try { return new SqliteResponseCache(options.CachePath); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return NoResponseCache.Instance;
        }
    }
}
