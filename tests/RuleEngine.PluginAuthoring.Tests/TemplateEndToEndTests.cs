using System.Diagnostics;
using System.Text.Json;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// docs/writing-a-plugin.md, step by step, as a reader would type it: install the template from the repository
/// (into a private template hive, so the machine is not changed), create a plugin, run its tests (which builds it),
/// and analyse a paper with <c>--plugins</c> pointing at its build output. Also checks that
/// <c>ruleengine new-plugin</c> writes exactly the files <c>dotnet new</c> does. Works offline: packages come from
/// the local NuGet cache. Takes a minute or two (two builds).
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class TemplateEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private const string Name = "Acme.Plugins.Limitations";
    private const string Id = "RV0901";
    private readonly string _work = Directory.CreateTempSubdirectory("ruleengine-template-").FullName;

    [Fact]
    [Trait("Category", "Slow")]
    public void Following_the_guide_yields_a_new_variable_in_analyze_output()
    {
        var clock = Stopwatch.StartNew();
        var hive = Path.Combine(_work, "hive");
        var plugin = Path.Combine(_work, "my-plugin");

        // 1. Install the template from the repository and create a plugin (guide: "Create the projects").
        Run(ChildProcess.Dotnet(["new", "install", Path.Combine(RepoPaths.Root, "templates", "ruleengine-plugin"), "--debug:custom-hive", hive]));
        Run(ChildProcess.Dotnet(["new", "ruleengine-plugin", "-n", Name, "--id", Id, "--engine-root", RepoPaths.Root, "-o", plugin, "--debug:custom-hive", hive]));

        // 1b. `ruleengine new-plugin` writes the same files.
        var scaffolded = Path.Combine(_work, "scaffolded");
        Run(ChildProcess.RuleEngine("new-plugin", Name, "--id", Id, "--engine-root", RepoPaths.Root, "--output", scaffolded));
        AssertSameFiles(plugin, scaffolded);

        // 2. Build and test it (guide: "Run its test").
        var test = Run(ChildProcess.Dotnet(["test", Path.Combine(plugin, Name + ".Tests")], timeout: TimeSpan.FromMinutes(8)));
        Assert.Contains("Passed!", test.StandardOutput);

        // 3. Analyse a paper with the plugin (guide: "Load it without recompiling the engine").
        var pluginOutput = Path.Combine(plugin, Name, "bin", "Debug", "net10.0");
        var analyze = Run(ChildProcess.RuleEngine(["analyze", BuildOutput.SamplePaper, "--plugins", pluginOutput, "-f", "json", .. ChildProcess.GenerousBudgets]));
        using var report = JsonDocument.Parse(analyze.StandardOutput);
        var variable = Assert.Single(report.RootElement.GetProperty("variables").EnumerateArray(), v => v.GetProperty("id").GetString() == Id);
        Assert.Equal("Limitations", variable.GetProperty("variable").GetString());
        Assert.Contains(variable.GetProperty("verdict").GetString(), new[] { "Yes", "No" });
        output.WriteLine($"guide exercised end to end in {clock.Elapsed.TotalSeconds:0} s");
    }

    private ProcessResult Run(ProcessResult result)
    {
        output.WriteLine($"$ {result.Command}  ({result.Elapsed.TotalSeconds:0.0} s, exit {result.ExitCode})");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static void AssertSameFiles(string expectedRoot, string actualRoot)
    {
        static Dictionary<string, string> Read(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
        var expected = Read(expectedRoot);
        var actual = Read(actualRoot);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, text) in expected) Assert.True(text == actual[file], $"{file} differs between dotnet new and ruleengine new-plugin:\n{text}\n---\n{actual[file]}");
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
