using System.Text;

namespace RuleEngine.Testing;

/// <summary>A span of the test text that must be cited: its text and, optionally, the rule that must cite it.</summary>
public sealed record ExpectedEvidence(string Text, string? Rule, int Page);

/// <summary>
/// Parses Roslyn-style markup in a paper written as text: <c>[|...|]</c> marks a span that must be cited
/// as evidence; <c>{|RV0104.rule-id:...|}</c> marks a span that must be cited by that rule. Pages are
/// separated by a line <c>&lt;&lt;&lt;PAGE&gt;&gt;&gt;</c> (or a form feed).
/// </summary>
public static class EvidenceMarkup
{
    public const string PageBreak = "<<<PAGE>>>";

    /// <summary>Returns the plain text (markers removed) and the expected evidence spans.</summary>
    public static (string Text, IReadOnlyList<ExpectedEvidence> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedEvidence>();
        var open = new Stack<(int Start, string? Rule)>();
        var page = 1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|")) { open.Push((text.Length, null)); i++; continue; }
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException($"'{{|' at {i} needs 'RULE-ID:' after it");
                open.Push((text.Length, markup[(i + 2)..colon]));
                i = colon;
                continue;
            }
            if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0) throw new FormatException($"'{markup.Substring(i, 2)}' at {i} closes nothing");
                var (start, rule) = open.Pop();
                if (rule is not null != (markup[i + 1] == '}')) throw new FormatException($"mismatched markup closing at {i}");
                expected.Add(new ExpectedEvidence(text.ToString(start, text.Length - start), rule, page));
                i++;
                continue;
            }
            if (Starts(markup, i, PageBreak) || markup[i] == '\f') page++;
            text.Append(markup[i]);
        }
        if (open.Count > 0) throw new FormatException("unclosed markup span");
        return (text.ToString(), expected);
    }

    private static bool Starts(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
