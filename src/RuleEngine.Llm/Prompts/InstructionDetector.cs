using System.Text.RegularExpressions;

namespace RuleEngine.Llm.Prompts;

/// <summary>
/// Recognises paper text that addresses the model instead of describing research — by construction, not by
/// one phrase: chat role markers and template tokens, verbs that override instructions, a second-person
/// address to an AI, and directives to give a verdict. Such passages are withheld from prompts. A false
/// positive only costs the model one sentence of context; heuristics still read it.
/// </summary>
public static partial class InstructionDetector
{
    /// <summary>The construction a passage matched, or null when it reads as ordinary paper text.</summary>
    public static string? Match(string text)
    {
        if (RoleMarker().IsMatch(text)) return "role marker";
        if (TemplateToken().IsMatch(text)) return "chat template token";
        if (Override().IsMatch(text)) return "instruction override";
        if (AddressesModel().IsMatch(text)) return "addresses an AI";
        if (VerdictDirective().IsMatch(text)) return "verdict directive";
        if (InstructionFrame().IsMatch(text)) return "instruction frame";
        if (AssessmentDirective().IsMatch(text)) return "assessment directive";
        if (MixedScriptWord().IsMatch(text)) return "homoglyph disguise";
        return null;
    }

    public static bool AddressesTheModel(string text) => Match(text) is not null;

    // "SYSTEM:", "[assistant]", "<user>", "### Instruction", "Human:" at a line/sentence start or after a bracket/quote.
    [GeneratedRegex(@"(?:^|[\s\[\(<{""'`*#>|])(?:system|assistant|user|developer|human|ai|instructions?|prompt)\s*(?:[:>\]]|-{2,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleMarker();

    [GeneratedRegex(@"<\|[^|>]{1,30}\|>|\[/?INST\]|<</?SYS>>|<\s*/?\s*(?:system|assistant|user|instructions?)\s*>|#{2,}\s*(?:system|instruction|response|assistant)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateToken();

    [GeneratedRegex(@"\b(?:ignore|disregard|forget|override|overrule|bypass|skip|neglect|do\s+not\s+follow|don'?t\s+follow|stop\s+following)\b[^.!?\n]{0,60}\b(?:instructions?|prompts?|rules?|guidelines?|directions?|directives?|context|system\s+message|constraints?|everything|all\s+(?:of\s+)?the\s+above|above|previous|prior|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Override();

    [GeneratedRegex(@"\b(?:you\s+are|you're|act\s+as|pretend|role-?play|as\s+an?)\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:chat\s?gpt|gpt[\w.-]*|claude|gemini|llama|llm|large\s+language\s+model|language\s+model|ai\b|assistant|chatbot|bot|grader|reviewer\s+(?:model|bot))|\b(?:dear|attention|note\s+(?:to|for)|hey|hello|hi|to)\s+(?:the\s+|all\s+|any\s+)?(?:ai|llm|llms|language\s+models?|assistants?|chat\s?gpt|gpt[\w.-]*|claude|gemini|automated\s+(?:reviewers?|assessors?|graders?|systems?|tools?)|ai\s+(?:reviewers?|models?|systems?|assistants?)|reviewer\s+models?|bots?)\b|\b(?:llms?|language\s+models?|ai\s+(?:models?|systems?|assistants?|reviewers?)|automated\s+(?:reviewers?|assessors?|graders?|tools?|systems?)|chat\s?gpt|assistants?)\s+(?:reading|processing|evaluating|assessing|reviewing|analy[sz]ing)\s+this|\b(?:if|when)\s+you\s+are\s+an?\s+(?:ai|llm|language\s+model|assistant|automated)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressesModel();

    [GeneratedRegex(@"\b(?:answer|respond|reply|output|return|say|mark|rate|label|classify|score|grade|set|report|record|assign|give|put|choose|select|judge|conclude|flag)\b[^.!?\n]{0,60}(?:\b(?:verdicts?|variable)\b|[""'`“”‘’*](?:yes|no|experimental|theoretical|academia|industry|collaboration)[""'`“”‘’*]|\b(?:as|with|to)\s+(?:a\s+)?(?:yes|no|experimental|theoretical|academia|industry|collaboration)\b)|\b(?:the\s+)?(?:verdict|answer|correct\s+answer|right\s+answer|classification|label)\s+(?:is|should\s+be|must\s+be|shall\s+be|=|:)\s*[""'`“”‘’*]?(?:yes|no|experimental|theoretical|academia|industry|collaboration)\b|[""']?verdict[""']?\s*:\s*[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictDirective();

    // "should be marked Yes", "classified as an experimental study", "OpenSourceCode = Yes", "Pseudocode: Yes.", "please cite …", "for any assessment", "we ask any language model".
    [GeneratedRegex(@"\b(?:marked|labell?ed|classified|recorded|rated|scored|answered|reported|treated|counted)\s+(?:as\s+)?(?:an?\s+)?[""'`“”‘’*]?(?:yes|no|experimental|theoretical|academia|academic|industry|industrial|collaboration|available|present)\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\s*[=:]\s*[""'`]?(?:Yes|No|Experimental|Theoretical|Academia|Industry|Collaboration)\b|[:=]\s*\[?(?:Yes|YES|No|NO)\]?\s*(?:[.;,)]|$)|\bplease\s+(?:cite|quote|treat|count|record|mark|consider|classify|answer|rate|label|report|use|regard|note\s+that)\b|\b(?:cite|quote|copy)\b[^.!?\n]{0,40}\b(?:verbatim|as\s+evidence)\b|\bfor\s+(?:any|all|every)\s+(?:[\w-]+\s+){0,3}?(?:assessments?|evaluations?|indexing|reviews?|checks?|checkers?|purposes?)\b|\b(?:ask|asks|request|requests|instruct|instructs|tell|urge|invite)\s+(?:any|all|every|the)?\s*(?:ai|llms?|language\s+models?|assistants?|chat\s?bots?|automated\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssessmentDirective();

    // A word mixing Latin with Cyrillic or Greek letters ("Cоde" with a Cyrillic о): text dressed up to pass as something it is not.
    [GeneratedRegex(@"(?<!\p{L})(?=\p{L}*[A-Za-z])(?=\p{L}*[\p{IsCyrillic}\p{IsGreek}])\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MixedScriptWord();

    [GeneratedRegex(@"\b(?:new|updated|revised|hidden|secret|additional|special|important|the\s+following)\s+(?:instructions?|task|directives?|system\s+prompt|prompt|orders?)\b|\bprompt\s+injection\b|\b(?:from\s+now\s+on|henceforth)\b[^.!?\n]{0,40}\byou\b|\byou\s+(?:must|should|shall|will|have\s+to|need\s+to|are\s+(?:instructed|required|told))\s+(?:now\s+)?(?:answer|respond|reply|output|say|return|mark|rate|classify|ignore|treat|consider|report|conclude|state)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstructionFrame();
}
