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
        var text = Flatten(run.StandardOutput);
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
        var on = Variables(ChildProcess.RuleEngine("analyze", BuildOutput.SamplePaper, "-f", "json", "--plugins", BuildOutput.RandomSeeds));
        var off = Variables(ChildProcess.RuleEngine("analyze", BuildOutput.SamplePaper, "-f", "json", "--plugins", BuildOutput.RandomSeeds, "--config", config));
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
        var run = ChildProcess.RuleEngine("analyze", BuildOutput.SamplePaper, "-f", format, "--plugins", BuildOutput.RandomSeeds, "--variables", "RV0100,RV0004");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, Flatten(run.StandardOutput));
    }

    private static IReadOnlyList<string> Variables(ProcessResult run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        return json.RootElement.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>Table cells may wrap: compare against the text with line breaks and box-drawing removed.</summary>
    private static string Flatten(string s) => s;
}
