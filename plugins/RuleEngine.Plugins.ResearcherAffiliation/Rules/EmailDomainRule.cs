using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearcherAffiliation.Rules;

/// <summary>
/// RV0002.email-domain: classifies the domains of author e-mail addresses. Web-mail domains are neutral;
/// company domains (and start-up top-level domains such as .ai) are industry; .edu, .ac.xx, .edu.xx and the
/// listed research-institute domains are academia.
/// </summary>
internal sealed class EmailDomainRule
{
    public const string Id = "RV0002.email-domain";

    // Plain addresses, and the small-caps form some templates print ("NAME @ CS . STANFORD . EDU").
    private static readonly Regex Plain = new(@"@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Spaced = new(@"@ ?([A-Z0-9-]+(?: ?\. ?[A-Z0-9-]+)+)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly bool _enabled;
    private readonly string[] _neutral;
    private readonly string[] _industry;
    private readonly string[] _academic;
    private readonly string[] _industryTlds;
    private readonly Regex? _academicPattern;

    public EmailDomainRule(RuleSet rules)
    {
        _enabled = rules.IsEnabled(Id);
        _neutral = [.. rules.Lexicon("neutralEmailDomains")];
        _industry = [.. rules.Lexicon("industryEmailDomains")];
        _academic = [.. rules.Lexicon("academicEmailDomains")];
        _industryTlds = [.. rules.Lexicon("industryTopLevelDomains")];
        _academicPattern = rules.Pattern(Id);
    }

    public bool IsEnabled => _enabled;

    /// <summary>The e-mail domains printed in a line (lower-case, spaces removed).</summary>
    public static IEnumerable<(string Domain, int Index, int Length)> Domains(string text)
    {
        if (!text.Contains('@')) yield break;
        foreach (Match m in Plain.SafeMatches(text)) yield return (m.Groups[1].Value.ToLowerInvariant().TrimEnd('.', '-'), m.Index, m.Length);
        foreach (Match m in Spaced.SafeMatches(text))
            if (m.Value.Contains(' ')) yield return (m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(), m.Index, m.Length);
    }

    /// <summary>Which side a domain is on.</summary>
    public AffiliationKind Classify(string domain) => Classify(domain, null);

    /// <summary>Whether a domain is a webmail or other neutral address ("gmail.com").</summary>
    public bool IsNeutral(string domain) => EndsWithAny(domain, _neutral);

    /// <summary>
    /// Which side a domain is on; <paramref name="authorNames"/> (lower-case words of the author lines) marks a
    /// commercial domain named after an author ("ronan@collobert.com") as a personal address, hence neutral.
    /// </summary>
    public AffiliationKind Classify(string domain, IReadOnlySet<string>? authorNames)
    {
        if (!_enabled || domain.Length == 0) return AffiliationKind.None;
        if (EndsWithAny(domain, _neutral)) return AffiliationKind.None;
        if (EndsWithAny(domain, _academic)) return AffiliationKind.Academia;
        if (EndsWithAny(domain, _industry)) return AffiliationKind.Industry;
        if (_academicPattern is not null && _academicPattern.SafeIsMatch(domain)) return AffiliationKind.Academia;
        if (EndsWithAny(domain, _industryTlds)) return IsPersonal(domain, authorNames) ? AffiliationKind.None : AffiliationKind.Industry;
        return AffiliationKind.None;
    }

    public IEnumerable<(AffiliationKind Kind, Evidence Evidence, string Name)> Inspect(DocumentLine line, IReadOnlySet<string>? authorNames = null)
    {
        if (!_enabled) yield break;
        foreach (var (domain, _, _) in Domains(line.Text))
        {
            var kind = Classify(domain, authorNames);
            if (kind != AffiliationKind.None) yield return (kind, Evidence.FromLine(line, Id), domain);
        }
    }

    /// <summary>The label before the commercial suffix ("collobert" of "collobert.com") is an author's name.</summary>
    private static bool IsPersonal(string domain, IReadOnlySet<string>? authorNames)
    {
        if (authorNames is null || authorNames.Count == 0) return false;
        var labels = domain.Split('.');
        return labels.Any(l => l.Length >= 3 && authorNames.Contains(l));
    }

    /// <summary>Lower-case words of the author lines of a title block.</summary>
    public static IReadOnlySet<string> AuthorNames(IEnumerable<string> authorLines)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in authorLines)
            foreach (var w in line.Split([' ', ',', ';', '\t', '*', '∗', '†', '‡'], StringSplitOptions.RemoveEmptyEntries))
                if (!w.Contains('@') && w.Length >= 3 && char.IsUpper(w[0])) set.Add(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant());
        return set;
    }

    private static bool EndsWithAny(string domain, string[] suffixes)
    {
        foreach (var s in suffixes)
        {
            if (domain.Equals(s, StringComparison.Ordinal)) return true;
            if (domain.Length > s.Length && domain.EndsWith(s, StringComparison.Ordinal) && domain[domain.Length - s.Length - 1] == '.') return true;
        }
        return false;
    }
}
