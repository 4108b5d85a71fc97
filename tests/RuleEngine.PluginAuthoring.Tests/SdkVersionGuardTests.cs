using RuleEngine.Engine.Plugins;
using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>A plugin built against an incompatible SDK is refused with a message saying what to do, and the run goes on.</summary>
public sealed class SdkVersionGuardTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ruleengine-sdkguard-").FullName;
    private static readonly Version EngineSdk = typeof(VariableDetector).Assembly.GetName().Version!;

    public static TheoryData<string> Incompatible => new()
    {
        $"{EngineSdk.Major + 1}.0.0.0",                                  // another major version
        $"{EngineSdk.Major}.{EngineSdk.Minor + 1}.0.0",                  // a newer minor version than the engine's
    };

    [Theory]
    [MemberData(nameof(Incompatible))]
    public void A_plugin_built_against_an_incompatible_sdk_is_refused_with_a_clear_message(string version)
    {
        FakePluginAssembly.Write(_dir, "Acme.Plugins.FromTheFuture", Version.Parse(version));
        var result = Assert.Single(PluginDirectoryLoader.Load(_dir));
        Assert.Empty(result.Detectors);
        Assert.NotNull(result.Error);
        Assert.Contains($"Acme.Plugins.FromTheFuture.dll was built against RuleEngine.Sdk {version}", result.Error);
        Assert.Contains($"this engine has SDK {EngineSdk}", result.Error);
        Assert.Contains("rebuild the plugin", result.Error);
    }

    [Fact]
    public void A_plugin_built_against_an_older_compatible_sdk_passes_the_check()
    {
        FakePluginAssembly.Write(_dir, "Acme.Plugins.FromThePast", new Version(EngineSdk.Major, 0, 0, 0));
        Assert.All(PluginDirectoryLoader.Load(_dir), r => Assert.DoesNotContain("built against", r.Error ?? ""));
    }

    [Fact]
    public void The_cli_reports_the_refused_plugin_and_still_lists_the_others()
    {
        FakePluginAssembly.Write(Path.Combine(_dir, "future"), "Acme.Plugins.FromTheFuture", new Version(EngineSdk.Major + 1, 0, 0, 0));
        var run = ChildProcess.RuleEngine("rules", "--plugins", _dir, "--plugins", BuildOutput.RandomSeeds);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("was built against RuleEngine.Sdk", run.StandardError.ReplaceLineEndings(" "));
        Assert.Contains("RV0100", run.StandardOutput);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
