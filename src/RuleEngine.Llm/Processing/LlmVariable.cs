using System.Text.RegularExpressions;
using RuleEngine.Engine.Configuration;
using RuleEngine.Llm.Prompts;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Processing;

/// <summary>
/// What the fallback needs to ask about one variable, prepared once per run: descriptor, prompt template,
/// keyword pattern, and the candidate filter a positive LLM verdict's quote must pass (the detector's own
/// <see cref="ICandidateFilter"/>, else its keywords).
/// </summary>
public sealed record LlmVariable(VariableDescriptor Descriptor, PromptTemplate Template, Regex Keywords, ICandidateFilter CandidateFilter)
{
    public static LlmVariable From(VariableDetector detector, EngineSettings? settings)
    {
        var keywords = VariableKeywords.PatternFor(detector.Variable, settings);
        return new(detector.Variable, PromptTemplate.For(detector), keywords, detector as ICandidateFilter ?? new KeywordCandidateFilter(keywords));
    }

    /// <summary>The variables of the detectors this run enables.</summary>
    public static IReadOnlyList<LlmVariable> FromCatalog(Engine.Hosting.DetectorCatalog catalog) =>
        catalog.Entries.Where(e => e.Enabled).Select(e => From(e.Detector, catalog.Settings)).ToList();
}
