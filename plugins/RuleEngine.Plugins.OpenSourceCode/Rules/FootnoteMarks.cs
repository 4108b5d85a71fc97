using System.Text.RegularExpressions;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>
/// Footnote marks glued to words ("GREEN2", "dcgan.torch2") and what they say about the footnote's link: the numbers
/// must agree with the footnote's, and a mark on a tool the sentence uses or builds on ("built on top of dcgan.torch2",
/// "using Rabit5, a … library") links third-party code, not the authors'.
/// </summary>
internal static partial class FootnoteMarks
{
    /// <summary>Whether the sentence carries a footnote mark: a number glued to a word, or a number closing it ("… a tool called GREEN 2.").</summary>
    public static bool HasMark(string sentence) => AnyMark().IsMatch(sentence);

    /// <summary>Whether a sentence's footnote mark can point to a numbered footnote (true when either number is missing).</summary>
    public static bool CanPointTo(string sentence, string footnote)
    {
        var number = FootnoteNumber().Match(footnote);
        var marks = GluedMark().Matches(sentence);
        if (!number.Success || marks.Count == 0) return true;
        foreach (Match mark in marks)
        {
            if (mark.Groups["n"].Value != number.Groups["n"].Value) continue;
            return !MarksUsedTool(sentence, mark);
        }
        return false;
    }

    /// <summary>Whether the sentence's footnote marks all sit on tools it says it uses or builds on.</summary>
    public static bool AllMarkUsedTools(string sentence)
    {
        var marks = GluedMark().Matches(sentence);
        return marks.Count > 0 && marks.All(m => MarksUsedTool(sentence, m));
    }

    private static bool MarksUsedTool(string sentence, Match mark)
    {
        var wordStart = sentence.LastIndexOf(' ', Math.Max(0, mark.Groups["n"].Index - 1)) + 1;
        return UsedTool().IsMatch(sentence[..wordStart]);
    }

    [GeneratedRegex(@"[A-Za-z\)]\s?\d{1,2}(?:,\d{1,2})*\s*[.,;:]?\s*$|[A-Za-z\)]\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyMark();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\b")]
    private static partial Regex FootnoteNumber();

    [GeneratedRegex(@"[A-Za-z\)\]](?<n>\d{1,2})(?=[\s.,;:]|$)")]
    private static partial Regex GluedMark();

    [GeneratedRegex(@"\b(?:on\s+top\s+of|built\s+(?:on|upon)|based\s+on|using|uses|used|use|with|via|adapt\w*|extend\w*|modif\w*|implementation\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-.]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UsedTool();
}
