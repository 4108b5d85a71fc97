using RuleEngine.Engine.Configuration;

namespace RuleEngine.Engine.Tests;

public sealed class ConfigurationValidatorTests
{
    private static readonly ConfigurationValidator WithNames = new(["RV0004", "OpenSourceCode", "RV0004.repository-link"]);

    private static IReadOnlyList<string> Check(ConfigurationValidator validator, string key, string value) =>
        validator.Check("my.globalconfig", [new(key, value)]);

    [Theory]
    [InlineData("ruleengine.RV0004.enabled", "false")]
    [InlineData("RV0004.enabled", "off")]
    [InlineData("ruleengine.OpenSourceCode.enabled", "TRUE")]
    [InlineData("ruleengine.RV0004.repository-link.enabled", "no")]
    [InlineData("ruleengine.RV0004.llm_threshold", "0.6")]
    [InlineData("ruleengine.RV0004.llm_keywords", "code, github")]
    [InlineData("ruleengine.engine.paper_budget_ms", "60000")]
    [InlineData("ruleengine.llm.mode", "fallback")]
    [InlineData("ruleengine.llm.endpoint", "http://localhost:8080/v1")]
    [InlineData("ruleengine.is_global", "true")]
    public void Known_keys_with_good_values_pass(string key, string value) => Assert.Empty(Check(WithNames, key, value));

    [Theory]
    [InlineData("ruleengine.RV0004.enabled", "flase", "not a boolean")]
    [InlineData("ruleengine.engine.paper_budget_ms", "1O00", "not a positive number")]
    [InlineData("ruleengine.engine.max_pages", "-3", "not a positive number")]
    [InlineData("ruleengine.llm.threshold", "1.5", "from 0 to 1")]
    [InlineData("ruleengine.llm.mode", "sometimes", "not one of off")]
    public void A_bad_value_is_named_with_its_source_key_and_value(string key, string value, string expected)
    {
        var problem = Assert.Single(Check(WithNames, key, value));
        Assert.StartsWith("my.globalconfig: " + key, problem);
        Assert.Contains($"'{value}'", problem);
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("ruleengine.RV0004.enabld", "ruleengine.RV0004.enabled")]
    [InlineData("ruleengine.RV0040.enabled", "ruleengine.RV0004.enabled")]
    [InlineData("ruleengine.engine.paper_budget", "ruleengine.engine.paper_budget_ms")]
    [InlineData("ruleengine.RV0004.repository-links.enabled", "ruleengine.RV0004.repository-link.enabled")]
    public void An_unknown_key_is_an_error_with_the_nearest_known_key(string key, string suggestion)
    {
        var problem = Assert.Single(Check(WithNames, key, "true"));
        Assert.Contains($"unknown configuration key '{key}'", problem);
        Assert.Contains($"did you mean {suggestion}?", problem);
    }

    [Fact]
    public void Without_names_only_values_and_the_engine_and_llm_keys_are_checked()
    {
        var valuesOnly = new ConfigurationValidator();

        Assert.Empty(Check(valuesOnly, "ruleengine.SomePluginVariable.enabled", "true"));
        Assert.Single(Check(valuesOnly, "ruleengine.SomePluginVariable.enabled", "maybe"));
        Assert.Single(Check(valuesOnly, "ruleengine.llm.modle", "gpt-4o"));
    }
}
