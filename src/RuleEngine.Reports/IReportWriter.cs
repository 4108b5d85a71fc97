using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;

namespace RuleEngine.Reports;

/// <summary>What a writer knows about the run besides the papers: the variables and rules that were run.</summary>
/// <param name="Variables">Descriptors of the variables in this run, in order.</param>
/// <param name="Rules">Rule descriptors of those variables.</param>
/// <param name="ToolVersion">Engine version for tool metadata.</param>
public sealed record ReportContext(IReadOnlyList<VariableDescriptor> Variables, IReadOnlyList<RuleDescriptor> Rules, string ToolVersion)
{
    /// <summary>Absolute URI of the tool's home page (SARIF <c>tool.driver.informationUri</c>); omitted when null.</summary>
    public Uri? InformationUri { get; init; }

    /// <summary>
    /// Absolute URI that relative help links (<c>docs/rules/RV0004.md</c>) are resolved against, e.g. the
    /// repository's tree URL ending in '/'. SARIF's helpUri must be absolute: without a base, a relative
    /// link is kept in the descriptor's <c>properties.helpLink</c> instead.
    /// </summary>
    public Uri? HelpBaseUri { get; init; }
}

/// <summary>
/// Writes paper reports in one format. Streaming writers (JSON Lines) write each paper as it finishes;
/// the others buffer and write at <see cref="Complete"/>.
/// </summary>
public interface IReportWriter
{
    /// <summary>Format name as given to <c>--format</c>.</summary>
    string Format { get; }

    /// <summary>Called once per paper, in completion order.</summary>
    void Add(PaperReport report);

    /// <summary>Writes whatever is buffered; called once at the end.</summary>
    void Complete();
}
