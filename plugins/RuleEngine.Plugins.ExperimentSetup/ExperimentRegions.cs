using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ExperimentSetup;

/// <summary>
/// The parts of a paper that matter for RV0009: back matter (references, acknowledgements, checklists — never
/// evidence) and the experimental part (from the first experiments-like heading on, including the appendix after
/// it, excluding back matter and the conclusion). Uses the builder's sections when there are any, else
/// heading-shaped lines.
/// </summary>
internal sealed class ExperimentRegions
{
    private static readonly Regex BackMatterHeading = new(
        @"^\s*(?:[0-9]+\.?\s*)?(?:references|bibliography|acknowledge?ments?|literature\s+cited|works\s+cited|neurips\s+paper\s+checklist|paper\s+checklist)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AppendixHeading = new(
        @"^\s*(?:(?:appendix|appendices|supplementary\s+material|supplemental\s+material)\b.{0,60}|[A-H](?:\.[0-9]+)*\.?\s+[A-Z][A-Za-z-]+(?:\s+[A-Za-z-]+){0,6})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly List<TextSpan> _backMatter = [];
    private readonly List<TextSpan> _experimental = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, Regex?> HeadingCache = new();

    public ExperimentRegions(PaperDocument document, RuleSet rules)
    {
        var heading = HeadingCache.GetValue(rules, BuildHeading);

        if (document.Sections.Count > 0) FromSections(document, heading, rules.LexiconPattern("experimentCues"));
        else FromLines(document, heading);
    }

    private static Regex? BuildHeading(RuleSet rules)
    {
        var headingTerms = rules.Lexicon("experimentHeadings").Where(t => t.Length > 0).OrderByDescending(t => t.Length).Select(Regex.Escape).ToList();
        return headingTerms.Count == 0
            ? null
            : new Regex(@"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*\.?|[A-H](?:\.[0-9]+)*\.?|[IVX]+\.)\s+)?(?:" + string.Join("|", headingTerms) + @")\b[\s\w,&:()-]{0,40}$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>True when the paper has an experiments-like heading at all.</summary>
    public bool HasExperimentalPart => _experimental.Count > 0;

    public bool IsBackMatter(int offset) => Contains(_backMatter, offset);

    public bool IsExperimental(int offset) => Contains(_experimental, offset) && !IsBackMatter(offset);

    private static bool Contains(List<TextSpan> spans, int offset)
    {
        foreach (var span in spans)
            if (span.Contains(offset)) return true;
        return false;
    }

    private void FromSections(PaperDocument document, Regex? heading, Regex experimentCues)
    {
        // A top-level heading ("5 Experiments", "C Experimental details", "Appendix B") decides for itself;
        // a subsection ("5.2 Setup", "C.1 Datasets") or an unnumbered heading inherits from its parent.
        // A bare "Results" heading is the paper's own results in a paper without theory or proof sections; in a
        // theory paper ("4. Results" holding the theorems) only when what it holds are measurements, not statements.
        var theoryPaper = document.Sections.Any(s => s.Kind is SectionKind.Theory || ProofHeading.IsMatch(s.Heading));
        var inExperiments = false;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var s = document.Sections[i];
            if (s.IsBackMatter)
            {
                _backMatter.Add(s.Span);
                inExperiments = false;
                continue;
            }
            var text = s.Heading.Trim();
            var matches = s.Kind is SectionKind.Experiments || (heading is not null && heading.IsMatch(text))
                || BareEvaluationHeading.IsMatch(text)
                || (BareResultsHeading.IsMatch(text) && (!theoryPaper || ReportsMeasurements(document, i, experimentCues)));
            if (matches) inExperiments = true;
            else if (s.Kind is SectionKind.Conclusion or SectionKind.Discussion or SectionKind.RelatedWork or SectionKind.Introduction
                     or SectionKind.Theory or SectionKind.Abstract) inExperiments = false;
            else if (IsTopLevel(text)) inExperiments = false;
            if (inExperiments) _experimental.Add(s.Span);
        }
    }

    /// <summary>
    /// Whether a top-level section and its subsections report measurements rather than state results: no sentence
    /// opens a theorem-like statement ("Theorem 2.", "Lemma 4 (…)") and at least two sentences speak of experiments
    /// ("we train", "experiments", "benchmark" …) — "6. Results / 6.2 MNIST and CIFAR-10 Images" in a paper whose
    /// method section proves a bound.
    /// </summary>
    private static bool ReportsMeasurements(PaperDocument document, int sectionIndex, Regex experimentCues)
    {
        var start = document.Sections[sectionIndex].Span.Start;
        var end = document.Text.Length;
        for (var j = sectionIndex + 1; j < document.Sections.Count; j++)
        {
            var next = document.Sections[j];
            if (next.IsBackMatter || IsTopLevel(next.Heading.Trim())) { end = next.Span.Start; break; }
        }
        var cued = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Start < start) continue;
            if (sentence.Span.Start >= end) break;
            if (TheoremStatement.IsMatch(sentence.Text)) return false;
            if (experimentCues.IsMatch(sentence.Text)) cued++;
        }
        return cued >= 2;
    }

    private static readonly Regex TheoremStatement = new(
        @"^\s*(?:Theorem|Lemma|Proposition|Corollary|Claim)\s+[A-Z]?\d+(?:\.\d+)*\s*(?:[.:]|\()",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A heading that is only "Evaluation", "Case Study" or "Simulation Examples" (numbered or not).</summary>
    private static readonly Regex BareEvaluationHeading = new(
        @"^\s*(?:(?:[0-9]+|[IVX]+)\.?\s+)?(?:Evaluation|Case\s+Stud(?:y|ies)|Simulation\s+Examples?|Illustrative\s+Examples?)\s*(?:$|:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A heading that is only "Results" (or "Results: …"): the paper's own results, unlike "Main Results".</summary>
    private static readonly Regex BareResultsHeading = new(
        @"^\s*(?:(?:[0-9]+|[IVX]+)\.?\s+)?Results\s*(?:$|:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ProofHeading = new(@"\bProofs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex TopLevelLabel = new(@"^\s*(?:[0-9]+\.?|[A-H]\.?|[IVX]+\.|Appendix\b|APPENDIX\b)\s", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsTopLevel(string heading) => TopLevelLabel.IsMatch(heading + " ");

    private void FromLines(PaperDocument document, Regex? heading)
    {
        var backStart = -1;
        var expStart = -1;
        foreach (var line in document.Lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0 || text.Length > 90) continue;
            if (backStart < 0)
            {
                if (BackMatterHeading.IsMatch(text)) backStart = line.Start;
                else if (expStart < 0 && heading is not null && char.IsLetterOrDigit(text[0]) && heading.IsMatch(text)) expStart = line.Start;
            }
            else if (line.Start - backStart > 200 && AppendixHeading.IsMatch(text))
            {
                _backMatter.Add(TextSpan.FromBounds(backStart, line.Start));
                backStart = -1;
            }
        }
        if (backStart >= 0) _backMatter.Add(TextSpan.FromBounds(backStart, document.Text.Length));
        if (expStart >= 0) _experimental.Add(TextSpan.FromBounds(expStart, document.Text.Length));
    }
}
