using System.Text.Json;
using RuleEngine.Engine.Plugins;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// RandomSeeds (RV0100), which the CLI does not reference, loaded by the real CLI from its own build output with
/// <c>--plugins</c>: discovered, listed by <c>rules</c>, configurable like a built-in, and in every output format.
/// </summary>
public sealed class OutOfTreePluginTests
{
    [Fact]
    public void The_plugin_output_holds_the_plugin_and_its_rules_but_no_copy_of_the_sdk()
    {
        Assert.True(File.Exists(Path.Combine(BuildOutput.RandomSeeds, "RuleEngine.Plugins.RandomSeeds.deps.json")));
        Assert.True(File.Exists(Path.Combine(BuildOutput.RandomSeeds, "RV0100.random-seeds.json")));
        Assert.False(File.Exists(Path.Combine(BuildOutput.RandomSeeds, "RuleEngine.Sdk.dll")), "a plugin must not ship its own RuleEngine.Sdk.dll");
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(BuildOutput.Cli)!, "RuleEngine.Plugins.RandomSeeds.dll")), "the CLI must not reference RandomSeeds");
        var detector = Assert.Single(PluginDirectoryLoader.Load(BuildOutput.RandomSeeds).SelectMany(r => r.Detectors));
        Assert.Equal("RandomSeeds", detector.Variable.Key);
        Assert.NotNull(detector.GetPromptTemplate());
    }

    [Fact]
    public void Rules_lists_the_plugin_and_its_rules()
    {
        var run = ChildProcess.RuleEngine("rules", "--plugins", BuildOutput.RandomSeeds);
        Assert.True(run.ExitCode == 0, run.ToString());
        var text = run.StandardOutput;
        Assert.Contains("RV0100", text);
        Assert.Contains("Random Seeds", text);
        Assert.Contains("RV0100.seed-value", text);
        Assert.Contains("RV0100.repeated-runs", text);
        Assert.Contains("RV0004", text); // the built-ins are still there
    }

    [Fact]
    public void A_configuration_file_switches_the_plugin_off_like_a_built_in()
    {
        var config = Path.Combine(Directory.CreateTempSubdirectory("ruleengine-config-").FullName, "off.globalconfig");
        File.WriteAllText(config, "is_global = true\nruleengine.RV0100.enabled = false\n");
        var on = Variables(Analyze("-f", "json"));
        var off = Variables(Analyze("-f", "json", "--config", config));
        Assert.Contains("RV0100", on);
        Assert.DoesNotContain("RV0100", off);
    }

    [Theory]
    [InlineData("json", "\"RandomSeeds\"")]
    [InlineData("jsonl", "\"RandomSeeds\"")]
    [InlineData("sarif", "\"RV0100\"")]
    [InlineData("markdown", "Random Seeds")]
    [InlineData("table", "Random Seeds")]
    public void Its_verdict_appears_in_every_output_format(string format, string expected)
    {
        var run = Analyze("-f", format, "--variables", "RV0100,RV0004");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, run.StandardOutput);
    }

    /// <summary><c>ruleengine analyze</c> on the sample paper with RandomSeeds loaded, and budgets no loaded machine can overrun.</summary>
    private static ProcessResult Analyze(params string[] options) =>
        ChildProcess.RuleEngine(["analyze", BuildOutput.SamplePaper, "--plugins", BuildOutput.RandomSeeds, .. ChildProcess.GenerousBudgets, .. options]);

    private static IReadOnlyList<string> Variables(ProcessResult run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        return json.RootElement.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
    }
}
