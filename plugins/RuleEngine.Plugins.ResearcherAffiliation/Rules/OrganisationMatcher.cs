using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.ResearcherAffiliation.Rules;

/// <summary>
/// Finds organisation names in a line with the academic and industry lexicons and patterns of the rule
/// file. Overlapping matches are resolved in favour of the longest (so "Toyota Technological Institute"
/// is academic, "Toyota Research Institute" and "MIT-IBM Watson AI Lab" industrial).
/// </summary>
internal sealed class OrganisationMatcher
{
    private static readonly Regex GluedMarker = new(@"(?<=^|[\s,;()])[0-9∗*†‡§¶]{1,2}(?=[A-Z])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Email = new(@"[\w.{},+-]*\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly Regex[] _academic;
    private readonly Regex[] _industry;
    private readonly Regex? _notOrganisation;

    public OrganisationMatcher(RuleSet rules)
    {
        _academic = Build(rules, "academicOrganisations", false, "academicPatterns");
        _industry = Build(rules, "industryOrganisations", true, "industryPatterns");
        var not = rules.Lexicon("notOrganisationPatterns");
        _notOrganisation = not.Count > 0 ? RuleSet.Compile(not) : null;
    }

    /// <summary>The organisations named in <paramref name="text"/>: kind, index and length of each, longest first wins.</summary>
    public List<(AffiliationKind Kind, int Index, int Length)> Match(string text)
    {
        // Affiliation markers glued to the name ("1Meta 2University", "2NEC Laboratories") get a space, so that
        // whole-word matching sees the name (same length: the marker becomes the separator).
        text = GluedMarker.Replace(text, m => new string(' ', m.Length));
        // E-mail addresses are the e-mail rule's business ("cd@cornell.edu" is not the organisation "Cornell" here).
        if (text.Contains('@')) text = Email.Replace(text, m => new string(' ', m.Length));
        var all = new List<(AffiliationKind Kind, int Index, int Length)>();
        foreach (var r in _academic)
            foreach (Match m in r.SafeMatches(text)) if (m.Length > 0) all.Add((AffiliationKind.Academia, m.Index, m.Length));
        foreach (var r in _industry)
            foreach (Match m in r.SafeMatches(text)) if (m.Length > 0) all.Add((AffiliationKind.Industry, m.Index, m.Length));
        if (all.Count == 0) return all;
        if (_notOrganisation is not null)
        {
            foreach (Match m in _notOrganisation.SafeMatches(text))
                all.RemoveAll(a => a.Index < m.Index + m.Length && m.Index < a.Index + a.Length);
        }
        all.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Index.CompareTo(b.Index));
        var kept = new List<(AffiliationKind Kind, int Index, int Length)>();
        foreach (var a in all)
            if (!kept.Any(k => a.Index < k.Index + k.Length && k.Index < a.Index + a.Length)) kept.Add(a);
        return kept;
    }

    private static Regex[] Build(RuleSet rules, string lexicon, bool caseSensitive, string patternLexicon)
    {
        var list = new List<Regex>();
        if (rules.Lexicon(lexicon).Count > 0) list.Add(rules.LexiconPattern(lexicon, caseSensitive));
        var patterns = rules.Lexicon(patternLexicon);
        if (patterns.Count > 0) list.Add(new Regex("(?:" + string.Join(")|(?:", patterns) + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250)));
        return [.. list];
    }
}
