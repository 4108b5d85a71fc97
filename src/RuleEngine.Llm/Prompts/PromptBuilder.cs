using System.Text.RegularExpressions;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Prompts;

/// <summary>Builds one variable's prompt for one paper within the token budget.</summary>
public static class PromptBuilder
{
    private static readonly int MarkerTokens = TokenCounter.Count(PaperTextMarkers.Wrap(""));

    public static LlmPrompt Build(VariableDescriptor variable, PromptTemplate template, PassageSelector passages, Regex keywords, VariableResult? heuristic, PaperDocument document, int tokenBudget)
    {
        var frame = template.Fill(variable, document.Title, "");
        var fixedTokens = TokenCounter.Count(PromptTemplate.SystemMessage) + TokenCounter.Count(frame);
        var all = passages.Candidates(heuristic, keywords, includeTitleBlock: variable.Key == "ResearcherAffiliation" || heuristic is null);
        // Paper text that speaks to the model never reaches it.
        var withheld = all.Where(p => InstructionDetector.AddressesTheModel(p.Text)).ToList();
        var candidates = all.Where(p => !withheld.Contains(p)).ToList();
        var shown = PassageSelector.Fit(candidates, Math.Max(0, tokenBudget - fixedTokens - MarkerTokens), out var omitted);
        var text = PassageSelector.Render(shown);
        var user = template.Fill(variable, document.Title, PaperTextMarkers.Wrap(text.Length == 0 ? "(no passage found)" : text));
        var tokens = TokenCounter.Count(PromptTemplate.SystemMessage) + TokenCounter.Count(user);
        return new LlmPrompt(PromptTemplate.SystemMessage, user, tokens, omitted) { Shown = shown, Withheld = withheld };
    }
}
