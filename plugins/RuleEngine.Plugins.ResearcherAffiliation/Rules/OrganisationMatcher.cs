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

    /// <summary>Up to four capitalised words right after a name ("NTT| Communication Science Laboratories").</summary>
    private static readonly Regex CapitalisedRun = new(@"\G(?:[ \t]+[A-Z][\w&'’.-]*){1,4}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex EndowedUnit = new(@"\G[ \t]+(?:Center|Centre|Chair|Professorship|Fellowship)[ \t]+(?:for|of|in)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex JointUnit = new(@"\bJoint\s+(?:Lab|Laboratory|Research|Institute|Center|Centre)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly HashSet<string> _unitWords;

    private readonly Regex[] _academic;
    private readonly Regex[] _industry;
    private readonly Regex? _notOrganisation;

    public OrganisationMatcher(RuleSet rules)
    {
        _academic = Build(rules, "academicOrganisations", false, "academicPatterns");
        _industry = Build(rules, "industryOrganisations", true, "industryPatterns");
        _unitWords = new HashSet<string>(rules.Lexicon("companyUnitWords"), StringComparer.Ordinal);
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
        AbsorbCompanyUnits(text, all);
        // "Robert Bosch Center for Data Science", "the Amazon Chair of …": an endowed academic unit bears the donor's name.
        all.RemoveAll(a => a.Kind == AffiliationKind.Industry && EndowedUnit.IsMatch(text, a.Index + a.Length));
        all.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Index.CompareTo(b.Index));
        var kept = new List<(AffiliationKind Kind, int Index, int Length)>();
        foreach (var a in all)
            if (!kept.Any(k => a.Index < k.Index + k.Length && k.Index < a.Index + a.Length)) kept.Add(a);
        // "CUHK-SenseTime Joint Lab": a joint laboratory is both of its partners, whose names are often hyphenated together.
        if (JointUnit.Match(text) is { Success: true } joint && !kept.Any(k => k.Kind == AffiliationKind.Industry))
        {
            var from = Math.Max(0, joint.Index - 40);
            var partners = text[..joint.Index].Replace('-', ' ');
            foreach (var r in _industry)
                foreach (Match m in r.SafeMatches(partners))
                    if (m.Length > 0 && m.Index >= from) { kept.Add((AffiliationKind.Industry, m.Index, m.Length)); return kept; }
        }
        return kept;
    }

    /// <summary>
    /// A company's own laboratory or institute is the company: "NTT Communication Science Laboratories", "NEC Knowledge
    /// Discovery Research Laboratories". When an industry name is followed by a run of capitalised words whose only
    /// academic matches are generic unit words ("Laboratories", "Institute": the "companyUnitWords" lexicon), the
    /// industry match is extended over them and they no longer count as academic.
    /// </summary>
    private void AbsorbCompanyUnits(string text, List<(AffiliationKind Kind, int Index, int Length)> all)
    {
        if (_unitWords.Count == 0) return;
        foreach (var company in all.Where(a => a.Kind == AffiliationKind.Industry).ToList())
        {
            var end = company.Index + company.Length;
            var run = CapitalisedRun.Match(text, end);
            if (!run.Success) continue;
            var runEnd = end + run.Length;
            var inside = all.Where(a => a.Kind == AffiliationKind.Academia && a.Index < runEnd && a.Index + a.Length > end).ToList();
            if (inside.Count == 0) continue;
            if (inside.Any(a => a.Index < end || a.Index + a.Length > runEnd || !_unitWords.Contains(text.Substring(a.Index, a.Length)))) continue;
            var newEnd = inside.Max(a => a.Index + a.Length);
            all.RemoveAll(a => inside.Contains(a) || a == company);
            all.Add((AffiliationKind.Industry, company.Index, newEnd - company.Index));
        }
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
