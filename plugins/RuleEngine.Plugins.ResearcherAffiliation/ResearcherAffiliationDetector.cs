using System.Collections.Immutable;
using RuleEngine.Plugins.ResearcherAffiliation.Rules;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearcherAffiliation;

/// <summary>
/// RV0002 Researcher Affiliation: collects the organisations and e-mail domains printed in the title
/// block and first-page footnotes, classifies each as academic or industrial, and reports
/// <c>Collaboration</c> when both occur, <c>Industry</c> or <c>Academia</c> when one does, and
/// <c>Academia</c> when nothing is printed.
/// </summary>
public sealed class ResearcherAffiliationDetector : VariableDetector
{
    public override VariableDescriptor Variable => ResearcherAffiliationDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        ResearcherAffiliationDescriptors.AffiliationLine,
        ResearcherAffiliationDescriptors.EmailDomain,
        ResearcherAffiliationDescriptors.WorkDoneAt,
        ResearcherAffiliationDescriptors.FundingFilter,
    ];

    public override void Initialize(AnalysisContext context)
    {
        // Rules are immutable (compiled patterns): built once, shared by all papers.
        var rules = context.Rules;
        var matcher = new OrganisationMatcher(rules);
        var lineRule = new AffiliationLineRule(rules, matcher);
        var emailRule = new EmailDomainRule(rules);
        var workRule = new WorkDoneAtRule(rules, matcher);
        var funding = new FundingFilterRule(rules);
        var scope = new AffiliationScope(rules);
        context.RegisterDocumentStartAction(start =>
        {
            start.RegisterDocumentEndAction(end =>
            {
                var document = end.Document;
                var findings = new List<(AffiliationKind Kind, Evidence Evidence, string Name)>();
                var authorNames = EmailDomainRule.AuthorNames(document.TitleBlock.Authors.Select(l => l.Text));
                var authorLines = document.TitleBlock.Authors.Select(l => l.Start).ToHashSet();
                var orgLines = new List<DocumentLine>();
                foreach (var line in scope.Lines(document))
                {
                    if (funding.IsFunding(line.Text) || funding.IsFunding(SentenceText(document, line))) continue;
                    if (workRule.IsMatch(line.Text))
                    {
                        findings.AddRange(workRule.Inspect(line));
                        continue;
                    }
                    // "Gyuhak Kim, Zixuan Ke, Bing Liu": a company name that is an author's name on an author line is the person.
                    var isAuthorLine = authorLines.Contains(line.Start);
                    findings.AddRange(lineRule.Inspect(line).Where(f => !(isAuthorLine && f.Kind == AffiliationKind.Industry && authorNames.Contains(f.Name.ToLowerInvariant()))));
                    findings.AddRange(emailRule.Inspect(line, authorNames));
                    orgLines.Add(line);
                }
                foreach (var email in document.TitleBlock.Emails)
                {
                    var at = email.IndexOf('@');
                    if (at < 0) continue;
                    var domain = email[(at + 1)..].Trim().ToLowerInvariant();
                    var kind = emailRule.Classify(domain, authorNames);
                    if (kind == AffiliationKind.None || findings.Any(f => f.Name == domain)) continue;
                    var offset = document.Text.IndexOf(domain, StringComparison.OrdinalIgnoreCase);
                    if (offset >= 0) findings.Add((kind, Evidence.FromSpan(document, new TextSpan(offset, domain.Length), EmailDomainRule.Id), domain));
                }
                findings.AddRange(OwnDomainCompanies(document, orgLines, findings, emailRule, authorNames));
                end.ReportVerdict(Decide(findings));
            });
        });
    }

    /// <summary>
    /// An organisation outside the lexicons that prints its own commercial e-mail domain: "Advanced Research Lab, NavInfo
    /// Europe" with "…@navinfo.eu". The domain's name label appears in an affiliation line that names no academic
    /// organisation; public-sector, non-profit and personal domains (.gov, .org, an author's own name) do not count.
    /// </summary>
    private static IEnumerable<(AffiliationKind Kind, Evidence Evidence, string Name)> OwnDomainCompanies(
        PaperDocument document, List<DocumentLine> lines, List<(AffiliationKind Kind, Evidence Evidence, string Name)> findings,
        EmailDomainRule emailRule, IReadOnlySet<string> authorNames)
    {
        foreach (var email in document.TitleBlock.Emails)
        {
            var at = email.IndexOf('@');
            if (at < 0) continue;
            var domain = email[(at + 1)..].Trim().ToLowerInvariant();
            if (emailRule.Classify(domain, authorNames) != AffiliationKind.None || emailRule.IsNeutral(domain)) continue;
            var labels = domain.Split('.');
            // Public-sector and non-profit second levels: ac.kr, re.kr (research institutes), go.jp, or.jp, gov.uk, org.cn …
            if (labels.Length < 2 || labels[^1] is "gov" or "mil" or "org" or "int" or "edu"
                || labels.Any(l => l is "ac" or "edu" or "re" or "go" or "or" or "gov" or "govt" or "gob" or "gouv" or "org" or "res" or "nic")) continue;
            var name = labels[^2].Length <= 3 && labels.Length >= 3 ? labels[^3] : labels[^2];
            if (name.Length < 4 || authorNames.Contains(name)) continue;
            foreach (var line in lines)
            {
                var i = line.Text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                if (i < 0 || (i > 0 && char.IsLetter(line.Text[i - 1])) || (i + name.Length < line.Text.Length && char.IsLetter(line.Text[i + name.Length]))) continue;
                if (line.Text.Contains('@')) continue;
                if (findings.Any(f => f.Kind == AffiliationKind.Academia && f.Evidence.Span is { } s && s.Start >= line.Start && s.Start < line.Start + line.Text.Length)) continue;
                yield return (AffiliationKind.Industry, Evidence.FromLine(line, AffiliationLineRule.Id), line.Text.Substring(i, name.Length));
                yield break;
            }
        }
    }

    private static string SentenceText(PaperDocument document, DocumentLine line)
    {
        foreach (var s in document.Sentences)
        {
            if (s.Span.Start > line.Start) break;
            if (s.Span.Contains(line.Start)) return s.Text;
        }
        return "";
    }

    private static DetectorVerdict Decide(List<(AffiliationKind Kind, Evidence Evidence, string Name)> findings)
    {
        var academic = findings.Where(f => f.Kind == AffiliationKind.Academia).ToList();
        var industry = findings.Where(f => f.Kind == AffiliationKind.Industry).ToList();
        static string Names(IEnumerable<(AffiliationKind Kind, Evidence Evidence, string Name)> list) =>
            string.Join(", ", list.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(4));
        static IEnumerable<Evidence> Best(List<(AffiliationKind Kind, Evidence Evidence, string Name)> list, int n) =>
            list.GroupBy(f => f.Evidence.Quote).Select(g => g.First().Evidence).Take(n);
        static bool FromOrganisation(List<(AffiliationKind Kind, Evidence Evidence, string Name)> list) =>
            list.Any(f => f.Evidence.Rule != EmailDomainRule.Id);
        static bool FromEmail(List<(AffiliationKind Kind, Evidence Evidence, string Name)> list) =>
            list.Any(f => f.Evidence.Rule == EmailDomainRule.Id);

        if (academic.Count > 0 && industry.Count > 0)
        {
            var conf = FromOrganisation(industry) && FromOrganisation(academic) ? 0.9 : 0.8;
            return DetectorVerdict.Of(Verdicts.Collaboration, conf,
                $"academic ({Names(academic)}) and industry ({Names(industry)}) affiliations",
                Best(academic, 2).Concat(Best(industry, 2)));
        }
        if (industry.Count > 0)
        {
            var conf = FromOrganisation(industry) && FromEmail(industry) ? 0.9 : 0.8;
            return DetectorVerdict.Of(Verdicts.Industry, conf, $"only industry affiliations ({Names(industry)}); no university or public institute", Best(industry, 3));
        }
        if (academic.Count > 0)
        {
            var conf = FromOrganisation(academic) ? (FromEmail(academic) || academic.Count >= 2 ? 0.92 : 0.85) : 0.75;
            return DetectorVerdict.Of(Verdicts.Academia, conf, $"only academic affiliations ({Names(academic)}); no company or company e-mail domain", Best(academic, 3));
        }
        return DetectorVerdict.Of(Verdicts.Academia, 0.6,
            "no institution or classifiable e-mail domain found in the title block or first-page footnotes; Academia by the spec's default");
    }
}
