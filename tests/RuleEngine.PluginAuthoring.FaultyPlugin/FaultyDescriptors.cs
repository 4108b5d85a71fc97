using RuleEngine.Sdk;

namespace RuleEngine.PluginAuthoring.FaultyPlugin;

/// <summary>Descriptors of the misbehaving test variables (IDs RV0991–RV0993, never used by real plugins).</summary>
public static class FaultyDescriptors
{
    public static VariableDescriptor Variable(string id, string key) =>
        new(id, key, key, RuleCategories.Reproducibility, Verdicts.YesNo, "A test plugin that misbehaves on purpose.");

    public static RuleDescriptor Rule(string id) => new(id + ".fault", "Misbehaviour", "The misbehaviour under test.");
}
