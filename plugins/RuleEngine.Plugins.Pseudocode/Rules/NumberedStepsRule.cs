using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>
/// RV0003.numbered-steps: a set-apart list of at least three numbered steps ("Step 1:", "1.", "(1)") that
/// is introduced as an algorithm or procedure (lead-in pattern just before the first step) or whose
/// steps carry control flow (repeat, until, return, go to step). Roman-numbered "Step I" headings are not
/// steps in this sense.
/// </summary>
internal sealed class NumberedStepsRule
{
    public const string Id = "RV0003.numbered-steps";

    private static readonly Regex Item = new(
        @"^\s*(?:Step\s*(?<n>[0-9]{1,2})\s*[:.)]|\((?<n>[0-9]{1,2})\)\s+\S|(?<n>[0-9]{1,2})[.)]\s+(?=\S))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly Regex? _leadIn;
    private readonly Regex? _control;
    private readonly int _window;
    private readonly int _leadInLookback;
    private readonly IReadOnlySet<string> _stepVerbs;

    public NumberedStepsRule(RuleSet rules)
    {
        _leadIn = rules.Pattern(Id);
        var control = rules.Lexicon("stepControlPatterns");
        _control = control.Count > 0 ? RuleSet.Compile(control) : null;
        _window = (int)rules.Setting("stepsWindow", 40);
        _leadInLookback = (int)rules.Setting("stepsLeadInLookback", 30);
        _stepVerbs = rules.LexiconWords("stepVerbs");
    }

    public Evidence? Find(PaperDocument document)
    {
        if (_leadIn is null) return null;
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Item.SafeMatch(lines[i].Text);
            if (!m.Success || m.Groups["n"].Value != "1" || document.IsBackMatter(lines[i].Start)) continue;

            // Follow the sequence 1, 2, 3, … within the window.
            var next = 2;
            var end = i;
            var imperative = OpensWithStepVerb(lines[i].Text, m) ? 1 : 0;
            var computes = Computes(lines[i].Text);
            for (var j = i + 1; j < lines.Count && j < i + _window; j++)
            {
                var mj = Item.SafeMatch(lines[j].Text);
                if (mj.Success && mj.Groups["n"].Value == next.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    next++;
                    end = j;
                    if (OpensWithStepVerb(lines[j].Text, mj)) imperative++;
                    computes |= Computes(lines[j].Text);
                }
            }

            // Control flow inside the steps (from step 1 to the line after the last step).
            var control = false;
            for (var j = i; _control is not null && j <= end + 1 && j < lines.Count; j++)
                if (_control.SafeIsMatch(lines[j].Text)) control = true;
            var items = next - 1;
            if (items < 2) continue;

            // A lead-in just above step 1, or one ending in a colon a little further up (a float may sit in between).
            var anchor = -1;
            for (var k = i - 1; k >= 0 && k >= i - _leadInLookback; k--)
            {
                var text = lines[k].Text;
                if (!_leadIn.SafeIsMatch(text)) continue;
                if (k >= i - 3 || text.TrimEnd().EndsWith(':')) { anchor = k; break; }
            }
            // Steps that read as instructions and compute something need no lead-in.
            var instructions = imperative >= 3 && computes;
            if (anchor >= 0 ? items < 3 && !control : !(control && items >= 2) && !instructions) continue;
            return Evidence.FromLine(lines[anchor >= 0 ? anchor : i], Id);
        }
        return null;
    }

    /// <summary>Whether the item's first word is a step verb ("Compute", "Sample", "Update").</summary>
    private bool OpensWithStepVerb(string line, Match item)
    {
        var rest = line.AsSpan(item.Index + item.Length).TrimStart();
        var end = rest.IndexOfAny(" ,.:;(");
        var word = (end < 0 ? rest : rest[..end]).ToString();
        return word.Length > 1 && char.IsUpper(word[0]) && _stepVerbs.Contains(word.ToLowerInvariant());
    }

    /// <summary>Whether a step computes: an assignment, an arrow or a sampling sign.</summary>
    private static bool Computes(string line) => line.IndexOfAny(['=', '←', '∼', '~']) >= 0;
}
