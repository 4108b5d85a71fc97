using System.Collections.Immutable;
using System.Reflection;

namespace RuleEngine.Sdk;

/// <summary>
/// A reproducibility-variable plugin, shaped like a Roslyn <c>DiagnosticAnalyzer</c>: it declares its
/// descriptors and, in <see cref="Initialize"/>, registers callbacks on the analysis context. The engine
/// walks each paper once and dispatches to the callbacks; the detector collects while the walk runs and
/// reports one verdict at document end.
/// </summary>
/// <remarks>
/// One instance serves many papers, possibly concurrently: keep per-paper state inside the
/// <see cref="AnalysisContext.RegisterDocumentStartAction"/> callback, never in fields.
/// </remarks>
public abstract class VariableDetector
{
    /// <summary>The variable this detector decides.</summary>
    public abstract VariableDescriptor Variable { get; }

    /// <summary>The rules whose IDs its evidence cites.</summary>
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>Registers the detector's callbacks.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>
    /// The prompt template the LLM fallback uses for this variable, or null to use the engine's generic one.
    /// By default the embedded resource whose name ends in <c>{Variable.Id}.prompt.md</c>.
    /// </summary>
    public virtual string? GetPromptTemplate()
    {
        var assembly = GetType().Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith($"{Variable.Id}.prompt.md", StringComparison.OrdinalIgnoreCase));
        if (name is null) return null;
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The SDK version this detector was compiled against (checked by the engine when loading plugins).</summary>
    public Version SdkVersion => typeof(VariableDetector).Assembly.GetName().Version ?? new Version(0, 0);
}
