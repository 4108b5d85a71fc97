using System.Text;

namespace RuleEngine.Comparison.Import;

/// <summary>
/// Resolves how tables and files name a variable — "Research Type", "ResearchType", "RV0001",
/// "research_type" — to its report key. Knows the nine built-in variables; more can be added (plugins).
/// </summary>
public sealed class VariableNames
{
    /// <summary>The nine built-in variables: ID, key, title, in report order.</summary>
    public static readonly IReadOnlyList<(string Id, string Key, string Title)> BuiltIn =
    [
        ("RV0001", "ResearchType", "Research Type"),
        ("RV0002", "ResearcherAffiliation", "Researcher Affiliation"),
        ("RV0003", "Pseudocode", "Pseudocode"),
        ("RV0004", "OpenSourceCode", "Open Source Code"),
        ("RV0005", "OpenDatasets", "Open Datasets"),
        ("RV0006", "DatasetSplits", "Dataset Splits"),
        ("RV0007", "HardwareSpecification", "Hardware Specification"),
        ("RV0008", "SoftwareDependencies", "Software Dependencies"),
        ("RV0009", "ExperimentSetup", "Experiment Setup"),
    ];

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public VariableNames(IEnumerable<(string Id, string Key, string Title)>? extra = null)
    {
        foreach (var v in BuiltIn.Concat(extra ?? [])) Add(v.Id, v.Key, v.Title);
        _keys.TryAdd(Canonical("Affiliation"), "ResearcherAffiliation");
    }

    public static VariableNames Default { get; } = new();

    /// <summary>Keys in report order (built-in first).</summary>
    public IReadOnlyList<string> Order => _order;

    public string? Resolve(string name) => _keys.GetValueOrDefault(Canonical(name));

    /// <summary>Position of a key for sorting (unknown keys last, alphabetically).</summary>
    public int IndexOf(string key)
    {
        var i = _order.IndexOf(key);
        return i < 0 ? int.MaxValue : i;
    }

    private void Add(string id, string key, string title)
    {
        if (!_order.Contains(key)) _order.Add(key);
        foreach (var name in new[] { id, key, title }) _keys.TryAdd(Canonical(name), key);
    }

    /// <summary>Letters and digits only, lower-case: "Research Type" = "research_type" = "ResearchType".</summary>
    public static string Canonical(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
