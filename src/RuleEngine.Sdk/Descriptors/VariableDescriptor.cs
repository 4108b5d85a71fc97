using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>
/// Describes one reproducibility variable (the analogue of a Roslyn <c>DiagnosticDescriptor</c> for an
/// analyzer as a whole): a stable ID such as <c>RV0004</c>, the machine key used in reports
/// (<c>OpenSourceCode</c>), a human title, a category and the verdict values it may take.
/// Immutable and validated on construction.
/// </summary>
public sealed record VariableDescriptor
{
    private static readonly Regex IdShape = new("^[A-Z]{2,}[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyShape = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    public VariableDescriptor(
        string id,
        string key,
        string title,
        string category,
        IEnumerable<string> allowedVerdicts,
        string description,
        string? helpLinkUri = null,
        bool isEnabledByDefault = true)
    {
        if (!IdShape.IsMatch(id ?? "")) throw new ArgumentException($"Variable id '{id}' must look like RV0001.", nameof(id));
        if (!KeyShape.IsMatch(key ?? "")) throw new ArgumentException($"Variable key '{key}' must be PascalCase.", nameof(key));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A title is required.", nameof(title));
        var verdicts = (allowedVerdicts ?? throw new ArgumentNullException(nameof(allowedVerdicts))).ToImmutableArray();
        if (verdicts.Length < 2) throw new ArgumentException("A variable needs at least two verdict values.", nameof(allowedVerdicts));

        Id = id!;
        Key = key!;
        Title = title;
        Category = string.IsNullOrWhiteSpace(category) ? RuleCategories.Reproducibility : category;
        AllowedVerdicts = verdicts;
        Description = description ?? "";
        HelpLinkUri = helpLinkUri ?? $"docs/rules/{id}.md";
        IsEnabledByDefault = isEnabledByDefault;
    }

    /// <summary>Stable identifier, e.g. <c>RV0004</c>.</summary>
    public string Id { get; }

    /// <summary>Report key, e.g. <c>OpenSourceCode</c> (the <c>variable</c> field of the JSON report).</summary>
    public string Key { get; }

    /// <summary>Human title, e.g. <c>Open Source Code</c>.</summary>
    public string Title { get; }

    public string Category { get; }

    /// <summary>The verdict values this variable may take, spelled as in the spec.</summary>
    public ImmutableArray<string> AllowedVerdicts { get; }

    /// <summary>What the variable means (usually the spec's definition, abridged).</summary>
    public string Description { get; }

    /// <summary>Relative or absolute link to the variable's documentation page.</summary>
    public string HelpLinkUri { get; }

    public bool IsEnabledByDefault { get; }

    public bool Allows(string verdict) => AllowedVerdicts.Contains(verdict, StringComparer.Ordinal);

    public bool Equals(VariableDescriptor? other) =>
        other is not null && Id == other.Id && Key == other.Key && Title == other.Title && Category == other.Category
        && AllowedVerdicts.SequenceEqual(other.AllowedVerdicts) && Description == other.Description
        && HelpLinkUri == other.HelpLinkUri && IsEnabledByDefault == other.IsEnabledByDefault;

    public override int GetHashCode() => HashCode.Combine(Id, Key, Title);
}
