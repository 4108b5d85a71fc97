using RuleEngine.TestSupport;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>Build output folders of the repository's projects, in the configuration this test run was built in.</summary>
internal static class BuildOutput
{
    private static readonly DirectoryInfo TestOutput = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>Debug or Release, read off this test's own output path (bin/CONFIGURATION/net10.0).</summary>
    public static string Configuration => TestOutput.Parent!.Name;

    public static string Framework => TestOutput.Name;

    /// <summary>PROJECTDIR/bin/CONFIGURATION/net10.0 for a project folder relative to the repository root.</summary>
    public static string Of(string projectDirectory) =>
        Path.Combine(RepoPaths.Root, projectDirectory.Replace('/', Path.DirectorySeparatorChar), "bin", Configuration, Framework);

    public static string RandomSeeds => Of("plugins/RuleEngine.Plugins.RandomSeeds");
    public static string FaultyPlugin => Of("tests/RuleEngine.PluginAuthoring.FaultyPlugin");
    public static string Cli => Path.Combine(Of("src/RuleEngine.Cli"), "ruleengine.dll");
    public static string SamplePaper => Path.Combine(RepoPaths.Samples, "sample-paper.pdf");
}
