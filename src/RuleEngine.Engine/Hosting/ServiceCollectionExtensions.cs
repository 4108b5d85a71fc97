using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Hosting;

/// <summary>Registration of the engine and of detectors in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the engine (settings, detector catalog, paper analyzer). Add a layout reader (e.g. the PDF reader) too.</summary>
    public static IServiceCollection AddRuleEngine(this IServiceCollection services, EngineSettings settings, IEnumerable<string>? pluginDirectories = null)
    {
        services.TryAddSingleton(settings);
        services.TryAddSingleton(new PluginDirectories([.. pluginDirectories ?? []]));
        services.TryAddSingleton<DetectorCatalog>();
        services.TryAddSingleton<PaperAnalyzer>();
        return services;
    }

    /// <summary>Registers a detector type (idempotent: registering the same type twice adds it once).</summary>
    public static IServiceCollection AddVariableDetector<TDetector>(this IServiceCollection services) where TDetector : VariableDetector
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<VariableDetector, TDetector>());
        return services;
    }

    /// <summary>Registers a detector instance.</summary>
    public static IServiceCollection AddVariableDetector(this IServiceCollection services, VariableDetector detector)
    {
        services.AddSingleton(detector);
        return services;
    }
}

/// <summary>Folders searched for plugin assemblies.</summary>
public sealed record PluginDirectories(IReadOnlyList<string> Paths);
