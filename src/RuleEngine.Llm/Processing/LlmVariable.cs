using System.Text.RegularExpressions;
using RuleEngine.Engine.Configuration;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Processing;

/// <summary>What the fallback needs to ask about one variable, prepared once per run: descriptor, prompt template, keyword pattern.</summary>
public sealed record LlmVariable(VariableDescriptor Descriptor, PromptTemplate Template, Regex Keywords)
{
    public static LlmVariable From(VariableDetector detector, EngineSettings? settings) =>
        new(detector.Variable, PromptTemplate.For(detector), VariableKeywords.PatternFor(detector.Variable, settings));

    /// <summary>The variables of the detectors this run enables.</summary>
    public static IReadOnlyList<LlmVariable> FromCatalog(Engine.Hosting.DetectorCatalog catalog) =>
        catalog.Entries.Where(e => e.Enabled).Select(e => From(e.Detector, catalog.Settings)).ToList();
}
