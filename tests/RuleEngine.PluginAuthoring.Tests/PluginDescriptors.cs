using System.Reflection;
using McMaster.NETCore.Plugins;
using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>A variable or rule descriptor found in a plugin assembly, and where.</summary>
internal sealed record DescribedId(string Id, string HelpLinkUri, string Source);

/// <summary>
/// Every descriptor a plugin assembly declares: the <c>Variable</c> and <c>SupportedRules</c> of its detectors and
/// the public static descriptor fields of its types (so rules are checked even before a detector uses them).
/// The assembly is loaded as the engine loads plugins: its own load context, sharing the SDK.
/// </summary>
internal static class PluginDescriptors
{
    public static IReadOnlyList<DescribedId> Of(string assemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, sharedTypes: [typeof(VariableDetector)], c => c.PreferSharedTypes = true);
        var assembly = loader.LoadDefaultAssembly();
        var source = Path.GetFileNameWithoutExtension(assemblyPath);
        var found = new List<DescribedId>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (!type.IsAbstract && typeof(VariableDetector).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                var detector = (VariableDetector)Activator.CreateInstance(type)!;
                found.Add(new DescribedId(detector.Variable.Id, detector.Variable.HelpLinkUri, type.Name));
                found.AddRange(detector.SupportedRules.Select(r => new DescribedId(r.Id, r.HelpLinkUri, type.Name)));
            }
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is VariableDescriptor v) found.Add(new DescribedId(v.Id, v.HelpLinkUri, $"{type.Name}.{field.Name}"));
                else if (field.GetValue(null) is RuleDescriptor r) found.Add(new DescribedId(r.Id, r.HelpLinkUri, $"{type.Name}.{field.Name}"));
            }
        }
        return found.DistinctBy(d => (d.Id, d.HelpLinkUri)).Select(d => d with { Source = $"{source}: {d.Source}" }).ToList();
    }
}
