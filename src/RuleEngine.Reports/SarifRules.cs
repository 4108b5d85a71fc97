using System.Text.Json.Nodes;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;

namespace RuleEngine.Reports;

/// <summary>
/// The <c>tool.driver.rules</c> of a SARIF log: one reportingDescriptor per variable (the results' ruleId),
/// including variables that appear only in the reports (plugins not in the context), then the rule
/// descriptors of the run, which evidence cites. IDs are unique; <see cref="IndexOf"/> gives ruleIndex.
/// </summary>
internal sealed class SarifRules
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
    private readonly Uri? _helpBase;

    public SarifRules(ReportContext context, IEnumerable<PaperReport> reports)
    {
        _helpBase = context.HelpBaseUri;
        foreach (var v in context.Variables)
            Add(v.Id, v.Title, Variable(v));
        foreach (var r in reports.SelectMany(p => p.Variables))
            Add(r.Id, string.IsNullOrWhiteSpace(r.Name) ? r.Variable : r.Name, new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = r.Variable,
                ["shortDescription"] = Text(string.IsNullOrWhiteSpace(r.Name) ? r.Variable : r.Name),
            });
        foreach (var rule in context.Rules)
            Add(rule.Id, rule.Title, Rule(rule));
    }

    public JsonArray Descriptors { get; } = [];

    public int IndexOf(string id) => _index[id];

    public string Title(string id) => _titles[id];

    private void Add(string id, string title, JsonObject descriptor)
    {
        if (!_index.TryAdd(id, Descriptors.Count)) return;
        _titles[id] = title;
        Descriptors.Add(descriptor);
    }

    private JsonObject Variable(VariableDescriptor v)
    {
        var o = Descriptor(v.Id, v.Key, v.Title, v.Description, v.IsEnabledByDefault);
        var properties = Properties(o, v.HelpLinkUri);
        properties["category"] = v.Category;
        properties["allowedVerdicts"] = new JsonArray([.. v.AllowedVerdicts.Select(x => JsonValue.Create(x))]);
        return o;
    }

    private JsonObject Rule(RuleDescriptor rule)
    {
        var o = Descriptor(rule.Id, null, rule.Title, rule.Description, rule.IsEnabledByDefault);
        Properties(o, rule.HelpLinkUri)["variable"] = rule.VariableId;
        return o;
    }

    private static JsonObject Descriptor(string id, string? name, string title, string description, bool enabled)
    {
        var o = new JsonObject { ["id"] = id };
        if (name is not null) o["name"] = name;
        o["shortDescription"] = Text(title);
        if (!string.IsNullOrWhiteSpace(description)) o["fullDescription"] = Text(description);
        if (!enabled) o["defaultConfiguration"] = new JsonObject { ["enabled"] = false };
        return o;
    }

    /// <summary>Sets helpUri (absolute links only, as SARIF requires) and returns the property bag.</summary>
    private JsonObject Properties(JsonObject descriptor, string helpLink)
    {
        var properties = new JsonObject();
        if (Uri.TryCreate(helpLink, UriKind.Absolute, out var absolute) && !absolute.IsFile)
            descriptor["helpUri"] = absolute.AbsoluteUri;
        else if (_helpBase is not null && Uri.TryCreate(_helpBase, helpLink, out var resolved))
            descriptor["helpUri"] = resolved.AbsoluteUri;
        else
            properties["helpLink"] = helpLink;
        descriptor["properties"] = properties;
        return properties;
    }

    private static JsonObject Text(string text) => new() { ["text"] = text };
}
