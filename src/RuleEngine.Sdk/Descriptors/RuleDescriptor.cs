using System.Text.RegularExpressions;

namespace RuleEngine.Sdk;

/// <summary>
/// Describes one heuristic rule of a variable: a stable dotted ID (<c>RV0004.repository-link</c>),
/// a title and a description. Rules are what evidence cites; they can be enabled and disabled
/// individually in configuration. Immutable and validated on construction.
/// </summary>
public sealed record RuleDescriptor
{
    private static readonly Regex IdShape = new("^[A-Z]{2,}[0-9]{4}\\.[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public RuleDescriptor(string id, string title, string description, string? helpLinkUri = null, bool isEnabledByDefault = true)
    {
        if (!IdShape.IsMatch(id ?? "")) throw new ArgumentException($"Rule id '{id}' must look like RV0004.repository-link.", nameof(id));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A title is required.", nameof(title));
        Id = id!;
        Title = title;
        Description = description ?? "";
        HelpLinkUri = helpLinkUri ?? $"docs/rules/{id}.md";
        IsEnabledByDefault = isEnabledByDefault;
    }

    /// <summary>Stable identifier: the variable ID, a dot, and a kebab-case rule name.</summary>
    public string Id { get; }

    /// <summary>The owning variable's ID (the part before the dot).</summary>
    public string VariableId => Id[..Id.IndexOf('.')];

    public string Title { get; }
    public string Description { get; }
    public string HelpLinkUri { get; }
    public bool IsEnabledByDefault { get; }
}
