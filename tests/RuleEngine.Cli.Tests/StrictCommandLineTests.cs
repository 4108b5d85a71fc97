namespace RuleEngine.Cli.Tests;

/// <summary>A mistyped option, command, configuration key or value stops the run with exit code 2 and says what was wrong.</summary>
public sealed class StrictCommandLineTests
{
    [Fact]
    public void A_mistyped_option_exits_2_and_suggests_the_real_one_instead_of_printing_a_table()
    {
        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--fromat", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Contains("unknown option '--fromat'", result.StdErr);
        Assert.Contains("did you mean --format?", result.StdErr);
    }

    [Fact]
    public void An_unknown_option_does_not_swallow_the_path_after_it()
    {
        var result = CliRunner.Run("analyze", "--bogus", "x.pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option '--bogus'", result.StdErr);
    }

    [Fact]
    public void A_mistyped_command_exits_2_and_suggests_the_real_one()
    {
        var result = CliRunner.Run("anlyze", CliRunner.SamplePdf);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown command 'anlyze'", result.StdErr);
        Assert.Contains("did you mean analyze?", result.StdErr);
    }

    [Theory]
    [InlineData("RV0004.enabled=flase", "--set: ruleengine.RV0004.enabled = 'flase': not a boolean")]
    [InlineData("engine.paper_budget_ms=1O00", "--set: ruleengine.engine.paper_budget_ms = '1O00': not a positive number")]
    [InlineData("RV0004.enabeld=false", "--set: unknown configuration key 'ruleengine.RV0004.enabeld'; did you mean ruleengine.RV0004.enabled?")]
    [InlineData("RV0004.no-such-rule.enabled=false", "--set: unknown configuration key 'ruleengine.RV0004.no-such-rule.enabled'")]
    public void A_bad_set_option_exits_2_naming_the_key_and_value(string set, string expected)
    {
        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--set", set);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void A_config_file_with_an_unknown_key_exits_2_naming_the_file_and_key()
    {
        var config = Path.Combine(CliRunner.TempDir(), "my.globalconfig");
        File.WriteAllText(config, "ruleengine.HardwareSpecifcation.enabled = false\n");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}: unknown configuration key 'ruleengine.HardwareSpecifcation.enabled'", result.StdErr);
        Assert.Contains("did you mean ruleengine.HardwareSpecification.enabled?", result.StdErr);
    }

    [Fact]
    public void A_rule_folders_llm_keys_are_ignored_with_a_warning()
    {
        var rules = CliRunner.TempDir();
        foreach (var file in Directory.GetFiles(TestSupport.RepoPaths.Rules, "*.json")) File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(rules, "ruleengine.globalconfig"), "ruleengine.llm.mode = always\nruleengine.llm.endpoint = http://example.invalid/v1\n");

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--rules", rules, "-f", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("ruleengine.llm.endpoint", result.StdErr);
        Assert.Contains("ruleengine.llm.mode", result.StdErr);
        Assert.Contains("a rule folder may not set LLM settings", result.StdErr);
        Assert.DoesNotContain("\"source\": \"llm\"", result.StdOut);
    }

    [Fact]
    public void A_rule_folder_without_llm_keys_is_accepted()
    {
        var rules = CliRunner.TempDir();
        foreach (var file in Directory.GetFiles(TestSupport.RepoPaths.Rules)) File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));

        var result = CliRunner.Run("analyze", CliRunner.SamplePdf, "--rules", rules, "-f", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
    }
}
