using RuleEngine.Engine.Configuration;

namespace RuleEngine.Engine.Tests;

public sealed class EngineSettingsTests
{
    private static string Write(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"re-{Guid.NewGuid():N}.globalconfig");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Globalconfig_keys_switch_variables_and_rules()
    {
        var file = Write("""
            is_global = true
            # comment
            ruleengine.RV0004.enabled = false
            ruleengine.RV0007.gpu-model.enabled = false
            ruleengine.engine.paper_budget_ms = 1234
            """);

        var settings = EngineSettingsLoader.Load([file]);

        Assert.False(settings.IsVariableEnabled("RV0004", "OpenSourceCode", true));
        Assert.True(settings.IsVariableEnabled("RV0005", "OpenDatasets", true));
        Assert.False(settings.IsRuleEnabled("RV0007.gpu-model", true));
        Assert.True(settings.IsRuleEnabled("RV0007.cpu-model", true));
        Assert.Equal(TimeSpan.FromMilliseconds(1234), settings.PaperBudget);
    }

    [Fact]
    public void Later_files_and_overrides_win()
    {
        var first = Write("ruleengine.RV0004.enabled = false");
        var second = Write("ruleengine.RV0004.enabled = true");

        var settings = EngineSettingsLoader.Load([first, second]);
        Assert.True(settings.IsVariableEnabled("RV0004", "OpenSourceCode", true));

        settings = settings.With([new("RV0004.enabled", "false")]);
        Assert.False(settings.IsVariableEnabled("RV0004", "OpenSourceCode", true));
    }

    [Fact]
    public void The_variables_filter_accepts_ids_and_keys()
    {
        var settings = new EngineSettings { OnlyVariables = ["RV0004", "HardwareSpecification"] };

        Assert.True(settings.IsVariableEnabled("RV0004", "OpenSourceCode", true));
        Assert.True(settings.IsVariableEnabled("RV0007", "HardwareSpecification", true));
        Assert.False(settings.IsVariableEnabled("RV0005", "OpenDatasets", true));
    }

    [Fact]
    public void The_shipped_default_configuration_enables_all_nine_variables()
    {
        var settings = EngineSettingsLoader.Load([Path.Combine(TestSupport.RepoPaths.Rules, EngineSettingsLoader.DefaultFileName)]);

        for (var i = 1; i <= 9; i++) Assert.True(settings.IsVariableEnabled($"RV000{i}", "X", false));
    }
}
