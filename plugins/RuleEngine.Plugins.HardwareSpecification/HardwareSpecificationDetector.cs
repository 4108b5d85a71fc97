using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RuleEngine.Plugins.HardwareSpecification.Rules;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.HardwareSpecification;

/// <summary>
/// RV0007 Hardware Specification: <c>Yes</c> when the paper's own text names the hardware its experiments ran
/// on specifically — a GPU/TPU/CPU model, a cloud instance type, or a processor vendor/family with cores, clock
/// or memory; <c>No</c> for no hardware or only vague mentions ("on a GPU", "a cluster", "a 3.5 GHz CPU").
/// Mentions in references, acknowledgements (hardware donations) and checklists do not count.
/// </summary>
public sealed class HardwareSpecificationDetector : VariableDetector
{
    public override VariableDescriptor Variable => HardwareSpecificationDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        HardwareSpecificationDescriptors.GpuModel,
        HardwareSpecificationDescriptors.TpuModel,
        HardwareSpecificationDescriptors.CpuModel,
        HardwareSpecificationDescriptors.ProcessorSpec,
        HardwareSpecificationDescriptors.CloudInstance,
        HardwareSpecificationDescriptors.AcknowledgedHardware,
    ];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var rules = start.Rules;
            var document = start.Document;
            HardwarePatternRule[] inspectors =
            [
                new GpuModelRule(rules),
                new TpuModelRule(rules),
                new CpuModelRule(rules),
                new CloudInstanceRule(rules),
                new ProcessorSpecRule(rules),
            ];
            var acknowledged = new AcknowledgedHardwareRule(rules);
            var trigger = TriggerCache.GetValue(rules, BuildTrigger);
            var nonUsage = rules.LexiconPattern("nonUsageCues");
            var referenceCues = rules.LexiconPattern("referenceCues");
            var findings = new List<HardwareFinding>();

            start.RegisterSentenceAction(sentence =>
            {
                var section = document.SectionOf(sentence) ?? document.SectionAt(sentence.Span.Start);
                var text = sentence.Text;
                if (section is { IsBackMatter: true } && !IsFootnoteAmongReferences(section, text) && section.Kind != SectionKind.Acknowledgements) return;
                if (text.Length < 6) return;
                if (trigger is not null && !trigger.SafeIsMatch(text)) return;
                HardwareFinding? best = null;
                foreach (var rule in inspectors)
                {
                    if (rule.Inspect(sentence) is not { } finding) continue;
                    if (best is null || finding.Weight > best.Weight) best = finding;
                }
                if (best is null) return;
                // Thanks for donated hardware are not the hardware the experiments ran on, unless the sentence says the
                // hardware was used for this research (RV0007.acknowledged-hardware).
                if (section?.Kind == SectionKind.Acknowledgements || nonUsage.SafeIsMatch(text))
                {
                    if (acknowledged.Inspect(sentence, best) is { } thanked) findings.Add(thanked);
                    return;
                }
                // Bibliography entries are not either.
                if (YearPattern.IsMatch(text) && referenceCues.SafeIsMatch(text)) return;
                findings.Add(best);
            });

            start.RegisterDocumentEndAction(end => end.ReportVerdict(Decide(rules, findings)));
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, Regex?> TriggerCache = new();

    /// <summary>A literal alternation of the "triggerTerms" lexicon (substring, case-insensitive): a cheap pre-filter.</summary>
    private static Regex? BuildTrigger(RuleSet rules)
    {
        var terms = rules.Lexicon("triggerTerms").Where(t => t.Length > 0).Select(Regex.Escape).ToList();
        return terms.Count == 0 ? null : new Regex(string.Join("|", terms), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// A page footnote that the layout placed after the References heading (the footnotes of the page where the
    /// bibliography begins): a sentence of the References section that opens with a footnote marker and a capital
    /// letter, not with an author ("12 Smith, J."), and carries no year, so it is not a bibliography entry.
    /// </summary>
    private static bool IsFootnoteAmongReferences(Section section, string text) =>
        section.Kind == SectionKind.References && FootnoteOpening.IsMatch(text) && !AuthorOpening.IsMatch(text) && !YearPattern.IsMatch(text);

    /// <summary>A numbered bibliography entry opens with an author: "12 Smith, J." or "3 J. Smith,".</summary>
    private static readonly Regex AuthorOpening = new(@"^\s*\d{1,3}\.?\s*(?:\p{Lu}[\p{L}'-]+,\s*\p{Lu}\.|\p{Lu}\.\s*(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'-]+,)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex FootnoteOpening = new(@"^\s*(?:\d{1,2}|[*†‡§¶])\s*\p{Lu}\p{Ll}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex YearPattern = new(@"\b(?:19|20)\d{2}[a-z]?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static DetectorVerdict Decide(RuleSet rules, List<HardwareFinding> findings)
    {
        if (findings.Count == 0)
        {
            return DetectorVerdict.Of(Verdicts.No, rules.Setting("noConfidence", 0.9),
                "no GPU/TPU/CPU model, cloud instance type or processor family with cores/clock/memory in the paper's own text (vague mentions such as 'a GPU' or 'a cluster' do not count)");
        }

        var ordered = findings
            .OrderByDescending(f => f.InUsageSentence)
            .ThenByDescending(f => f.Weight)
            .ThenBy(f => f.Evidence.Page)
            .ToList();
        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in ordered)
        {
            if (evidence.Count >= 3) break;
            if (!seen.Add(f.Evidence.Quote)) continue;
            evidence.Add(f.Evidence);
        }

        var best = ordered[0];
        var strong = findings.Any(f => f.RuleId != ProcessorSpecRule.Id);
        double confidence = strong ? best.Weight : rules.Setting("familyOnlyConfidence", 0.8);
        if (!best.InUsageSentence) confidence -= 0.07;
        var distinctRules = findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Count();
        confidence += rules.Setting("extraRuleBonus", 0.03) * (distinctRules - 1);
        if (findings.Count >= 3) confidence += 0.02;
        confidence = Math.Clamp(confidence, 0.5, 0.98);

        var names = string.Join(", ", findings.Select(f => f.Match).Distinct(StringComparer.OrdinalIgnoreCase).Take(4));
        var rationale = strong
            ? $"hardware named specifically: {names}"
            : $"processor vendor/family with cores, clock or memory: {names}";
        return DetectorVerdict.Of(Verdicts.Yes, confidence, rationale, evidence);
    }
}
