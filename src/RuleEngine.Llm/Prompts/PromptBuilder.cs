using System.Text.RegularExpressions;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Prompts;

/// <summary>Builds one variable's prompt for one paper within the token budget.</summary>
public static class PromptBuilder
{
    public static LlmPrompt Build(VariableDescriptor variable, PromptTemplate template, PassageSelector passages, Regex keywords, VariableResult? heuristic, PaperDocument document, int tokenBudget)
    {
        var frame = template.Fill(variable, document.Title, "");
        var fixedTokens = TokenCounter.Count(PromptTemplate.SystemMessage) + TokenCounter.Count(frame);
        var candidates = passages.Candidates(heuristic, keywords, includeTitleBlock: variable.Key == "ResearcherAffiliation" || heuristic is null);
        var shown = PassageSelector.Fit(candidates, Math.Max(0, tokenBudget - fixedTokens), out var omitted);
        var text = PassageSelector.Render(shown);
        var user = template.Fill(variable, document.Title, text.Length == 0 ? "(no passage found)" : text);
        var tokens = TokenCounter.Count(PromptTemplate.SystemMessage) + TokenCounter.Count(user);
        return new LlmPrompt(PromptTemplate.SystemMessage, user, tokens, omitted) { Shown = shown };
    }
}
