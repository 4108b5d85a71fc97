using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// Every variable and rule ID of every plugin in plugins/ (the built-ins and RandomSeeds, each loaded from its own
/// build output) has its page docs/rules/ID.md, and its help link points there — like Meziantou.Analyzer's check
/// that every rule's help link leads to its doc page.
/// </summary>
public sealed class RuleDocumentationTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<DescribedId>> Descriptors = new(() =>
        PluginAssemblies().SelectMany(PluginDescriptors.Of).ToList());

    [Fact]
    public void Every_plugin_in_the_repository_is_built_and_declares_its_ids()
    {
        var assemblies = PluginAssemblies();
        Assert.True(assemblies.Count >= 10, $"expected the nine built-in plugins and RandomSeeds, found {assemblies.Count}");
        Assert.Contains(Descriptors.Value, d => d.Id == "RV0100");
        Assert.Contains(Descriptors.Value, d => d.Id == "RV0100.seed-value");
        foreach (var d in Descriptors.Value.OrderBy(d => d.Id, StringComparer.Ordinal)) output.WriteLine($"{d.Id,-40} {d.Source}");
    }

    [Fact]
    public void Every_variable_and_rule_has_a_doc_page()
    {
        var missing = Descriptors.Value
            .Where(d => !File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", d.Id + ".md")))
            .Select(d => $"docs/rules/{d.Id}.md (declared by {d.Source})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} doc page(s) missing:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void Every_help_link_points_to_its_doc_page()
    {
        var wrong = Descriptors.Value
            .Where(d => d.HelpLinkUri != $"docs/rules/{d.Id}.md" && !d.HelpLinkUri.EndsWith($"/docs/rules/{d.Id}.md", StringComparison.Ordinal))
            .Select(d => $"{d.Id}: help link '{d.HelpLinkUri}' should end in docs/rules/{d.Id}.md ({d.Source})")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>plugins/NAME/bin/CONFIGURATION/net10.0/NAME.dll for every project folder in plugins/.</summary>
    private static IReadOnlyList<string> PluginAssemblies() =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "plugins"))
            .Where(dir => File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
            .Select(dir => Path.Combine(BuildOutput.Of("plugins/" + Path.GetFileName(dir)), Path.GetFileName(dir) + ".dll"))
            .Select(dll => File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built (build the solution first)"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
