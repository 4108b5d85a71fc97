using System.Reflection;
using McMaster.NETCore.Plugins;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Plugins;

/// <summary>A detector found in a plugin assembly, or why a plugin could not be loaded.</summary>
public sealed record PluginLoadResult(string AssemblyPath, IReadOnlyList<VariableDetector> Detectors, string? Error);

/// <summary>
/// Discovers variable plugins in folders: every assembly with a <c>.deps.json</c> beside it (the shape of a
/// <c>dotnet build</c> output) is loaded into its own <c>AssemblyLoadContext</c> (McMaster.NETCore.Plugins),
/// sharing only the SDK with the engine, and each public non-abstract <see cref="VariableDetector"/> with a
/// parameterless constructor is instantiated. A plugin compiled against an incompatible SDK is refused with
/// a clear message.
/// </summary>
public static class PluginDirectoryLoader
{
    private static readonly AssemblyName SdkName = typeof(VariableDetector).Assembly.GetName();

    public static IReadOnlyList<PluginLoadResult> Load(string directory)
    {
        if (!Directory.Exists(directory)) return [new PluginLoadResult(directory, [], $"plugin directory not found: {directory}")];
        var results = new List<PluginLoadResult>();
        var candidates = Directory.EnumerateFiles(directory, "*.deps.json", SearchOption.AllDirectories)
            .Select(deps => deps[..^".deps.json".Length] + ".dll")
            .Where(File.Exists)
            .Where(dll => !Path.GetFileName(dll).StartsWith("RuleEngine.Sdk", StringComparison.OrdinalIgnoreCase))
            .Where(dll => !dll.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal);
        foreach (var dll in candidates) results.Add(LoadAssembly(dll));
        return results.Where(r => r.Error is not null || r.Detectors.Count > 0).ToList();
    }

    public static PluginLoadResult LoadAssembly(string dllPath)
    {
        try
        {
            var referencedSdk = ReadReferencedSdk(dllPath);
            if (referencedSdk is null) return new PluginLoadResult(dllPath, [], null); // not a plugin (a dependency)
            if (referencedSdk.Major != SdkName.Version!.Major || referencedSdk > SdkName.Version)
                return new PluginLoadResult(dllPath, [],
                    $"{Path.GetFileName(dllPath)} was built against RuleEngine.Sdk {referencedSdk}, but this engine has SDK {SdkName.Version}; rebuild the plugin against SDK {SdkName.Version.Major}.x (<= {SdkName.Version})");

            var loader = PluginLoader.CreateFromAssemblyFile(dllPath, sharedTypes: [typeof(VariableDetector)], config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var detectors = new List<VariableDetector>();
            foreach (var type in SafeTypes(assembly))
            {
                if (type.IsAbstract || !typeof(VariableDetector).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null) continue;
                detectors.Add((VariableDetector)Activator.CreateInstance(type)!);
            }
            return new PluginLoadResult(dllPath, detectors, null);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or TargetInvocationException or ReflectionTypeLoadException or InvalidOperationException)
        {
            return new PluginLoadResult(dllPath, [], $"{Path.GetFileName(dllPath)} could not be loaded: {e.GetBaseException().Message}");
        }
    }

    /// <summary>The RuleEngine.Sdk version an assembly references, read from metadata without loading it; null when it references none.</summary>
    private static Version? ReadReferencedSdk(string dllPath)
    {
        using var stream = File.OpenRead(dllPath);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        if (!pe.HasMetadata) return null;
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in md.AssemblyReferences)
        {
            var r = md.GetAssemblyReference(handle);
            if (md.GetString(r.Name) == SdkName.Name) return r.Version;
        }
        return null;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try { return assembly.GetExportedTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.Where(t => t is not null)!; }
    }
}
