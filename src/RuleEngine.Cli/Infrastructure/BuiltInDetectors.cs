using System.Reflection;
using RuleEngine.Sdk;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>The nine built-in variable plugins, found by reflection in their (referenced) assemblies.</summary>
public static class BuiltInDetectors
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Plugins.ResearchType.ResearchTypeDescriptors).Assembly,
        typeof(Plugins.ResearcherAffiliation.ResearcherAffiliationDescriptors).Assembly,
        typeof(Plugins.Pseudocode.PseudocodeDescriptors).Assembly,
        typeof(Plugins.OpenSourceCode.OpenSourceCodeDescriptors).Assembly,
        typeof(Plugins.OpenDatasets.OpenDatasetsDescriptors).Assembly,
        typeof(Plugins.DatasetSplits.DatasetSplitsDescriptors).Assembly,
        typeof(Plugins.HardwareSpecification.HardwareSpecificationDescriptors).Assembly,
        typeof(Plugins.SoftwareDependencies.SoftwareDependenciesDescriptors).Assembly,
        typeof(Plugins.ExperimentSetup.ExperimentSetupDescriptors).Assembly,
    ];

    /// <summary>Detector types of the built-in plugins, in variable order.</summary>
    public static IReadOnlyList<Type> Types { get; } = Assemblies
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => !t.IsAbstract && typeof(VariableDetector).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .ToList();
}
