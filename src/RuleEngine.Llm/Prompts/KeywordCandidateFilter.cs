using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Prompts;

/// <summary>The default <see cref="ICandidateFilter"/>: a sentence is a candidate when it holds one of the variable's keywords (<see cref="VariableKeywords"/>).</summary>
public sealed class KeywordCandidateFilter(Regex keywords) : ICandidateFilter
{
    public bool IsCandidate(string sentence) => keywords.IsMatch(sentence);
}
