using System.IO.Compression;
using System.Text.RegularExpressions;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>Tests that run <c>dotnet build</c>/<c>pack</c> on the repository's projects run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DotnetBuilds
{
    public const string Name = "dotnet builds";
}

/// <summary>
/// Plugin authors without a checkout: RuleEngine.Sdk, RuleEngine.Testing and the tool are packed into a local
/// feed folder; the tool is installed from it into a private tool path; <c>ruleengine new-plugin</c>, run
/// outside any repository, scaffolds a plugin that references the two packages; the plugin's tests build and
/// pass against the feed (a nuget.config in the temporary folder adds it to the machine's sources, which
/// still serve xunit and the rest). Also: the tool package is at most 40 MB, has a readme and packs without
/// NU5118. Each run uses its own prerelease version, because the NuGet cache keeps a package per version.
/// Takes a few minutes (a Release build of the tool).
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class PackageFeedTests(ITestOutputHelper output) : IDisposable
{
    private const long MaxToolPackageBytes = 40_000_000;
    private readonly string _work = Directory.CreateTempSubdirectory("ruleengine-feed-").FullName;

    public static string EngineVersion =>
        Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    [Fact]
    public void The_template_defaults_to_the_engine_version()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "ruleengine-plugin", ".template.config", "template.json"));
        Assert.Matches($"\"engineVersion\"[^}}]*\"defaultValue\": \"{Regex.Escape(EngineVersion)}\"", template);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_plugin_scaffolded_outside_the_repository_builds_and_tests_against_packages_from_a_local_feed()
    {
        var version = $"{EngineVersion}-feedtest.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var feed = Path.Combine(_work, "feed");
        foreach (var project in new[] { "RuleEngine.Sdk", "RuleEngine.Testing", "RuleEngine.Cli" })
        {
            var pack = Run(ChildProcess.Dotnet(["pack", Path.Combine(RepoPaths.Root, "src", project), "-o", feed, $"-p:Version={version}"], timeout: TimeSpan.FromMinutes(15)));
            Assert.DoesNotContain("NU5118", pack.StandardOutput);
        }

        var tool = new FileInfo(Path.Combine(feed, $"RuleEngine.Cli.{version}.nupkg"));
        output.WriteLine($"tool package: {tool.Length / 1e6:0.0} MB");
        Assert.True(tool.Length <= MaxToolPackageBytes, $"the tool package is {tool.Length / 1e6:0.0} MB, over {MaxToolPackageBytes / 1e6:0} MB");
        using (var zip = ZipFile.OpenRead(tool.FullName))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/rules/ruleengine.globalconfig", StringComparison.Ordinal));
        }

        // Install the tool from the feed, and scaffold a plugin with it outside any repository.
        var tools = Path.Combine(_work, "tools");
        Run(ChildProcess.Dotnet(["tool", "install", "--tool-path", tools, "--add-source", feed, "RuleEngine.Cli", "--version", version], workingDirectory: _work));
        var outside = Path.Combine(_work, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- No <clear/>: the machine's own sources stay, and serve every other package. -->
                <add key="ruleengine-local-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var ruleengine = Path.Combine(tools, OperatingSystem.IsWindows() ? "ruleengine.exe" : "ruleengine");
        var scaffold = Run(ChildProcess.Run(ruleengine, ["new-plugin", "Acme.Plugins.Packaged", "--id", "RV0950"], outside));
        Assert.Contains("No RuleEngine repository around", scaffold.StandardError);
        var plugin = Path.Combine(outside, "Acme.Plugins.Packaged");
        Assert.Contains($"<RuleEngineVersion>{version}</RuleEngineVersion>", File.ReadAllText(Path.Combine(plugin, "Directory.Build.props")));

        // Its tests build the plugin and run against the packages.
        var test = Run(ChildProcess.Dotnet(["test", Path.Combine(plugin, "Acme.Plugins.Packaged.Tests")], outside, TimeSpan.FromMinutes(10)));
        Assert.Contains("Passed!", test.StandardOutput);
        var assets = File.ReadAllText(Path.Combine(plugin, "Acme.Plugins.Packaged.Tests", "obj", "project.assets.json"));
        Assert.Contains($"\"RuleEngine.Testing/{version}\"", assets);
        Assert.Contains($"\"RuleEngine.Sdk/{version}\"", assets);
    }

    private ProcessResult Run(ProcessResult result)
    {
        output.WriteLine($"$ {result.Command}  ({result.Elapsed.TotalSeconds:0.0} s, exit {result.ExitCode})");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
