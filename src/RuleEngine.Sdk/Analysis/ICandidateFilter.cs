namespace RuleEngine.Sdk;

/// <summary>
/// Optionally implemented by a <see cref="VariableDetector"/>: whether a sentence is the kind its rules look
/// for (a repository link for Open Source Code, a GPU model for Hardware, …). The LLM fallback accepts a
/// model's positive verdict only with a quote that passes this filter; a detector that does not implement it
/// is judged by its variable's keyword list (<c>ruleengine.ID.llm_keywords</c> or the built-in words).
/// </summary>
public interface ICandidateFilter
{
    /// <summary>True when <paramref name="sentence"/> could be evidence for this detector's variable.</summary>
    bool IsCandidate(string sentence);
}
