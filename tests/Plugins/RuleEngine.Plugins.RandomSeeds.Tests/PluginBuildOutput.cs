using RuleEngine.TestSupport;

namespace RuleEngine.Plugins.RandomSeeds.Tests;

/// <summary>Where a plugin project's build output is, for the configuration this test run was built in.</summary>
internal static class PluginBuildOutput
{
    /// <summary>plugins/NAME/bin/CONFIGURATION/net10.0 (the configuration is read off this test's own output path).</summary>
    public static string Of(string projectName)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(RepoPaths.Root, "plugins", projectName, "bin", configuration, framework);
    }
}
