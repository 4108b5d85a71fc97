using RuleEngine.Sdk;

namespace RuleEngine.Engine.Tests;

public sealed class DescriptorTests
{
    [Theory]
    [InlineData("rv0004")]
    [InlineData("RV4")]
    [InlineData("")]
    public void Variable_ids_are_validated(string id) =>
        Assert.Throws<ArgumentException>(() => new VariableDescriptor(id, "Key", "Title", "", Verdicts.YesNo, ""));

    [Theory]
    [InlineData("RV0004")]
    [InlineData("RV0004.Repository_Link")]
    [InlineData("repository-link")]
    public void Rule_ids_are_validated(string id) =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor(id, "Title", ""));

    [Fact]
    public void Descriptors_are_value_equal_and_default_their_help_link()
    {
        var a = new VariableDescriptor("RV0100", "Seeds", "Random Seeds", "", Verdicts.YesNo, "d");
        var b = new VariableDescriptor("RV0100", "Seeds", "Random Seeds", "", Verdicts.YesNo, "d");

        Assert.Equal(a, b);
        Assert.Equal("docs/rules/RV0100.md", a.HelpLinkUri);
        Assert.Equal("RV0100", new RuleDescriptor("RV0100.seed-value", "Seed", "").VariableId);
    }

    [Fact]
    public void Rule_files_reject_rules_of_another_variable_and_bad_patterns()
    {
        Assert.Throws<FormatException>(() => RuleSet.Parse("""{"variable":"RV0001","rules":[{"id":"RV0002.x"}]}"""));
        Assert.Throws<FormatException>(() => RuleSet.Parse("""{"variable":"RV0001","rules":[{"id":"RV0001.x","patterns":["(unclosed"]}]}"""));
    }
}
