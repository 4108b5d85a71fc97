using System.Text.RegularExpressions;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Classifies a heading's title into a <see cref="SectionKind"/>: "5 Experiments" → Experiments,
/// "Theoretical Analysis" → Theory, "NeurIPS Paper Checklist" → Checklist, and so on. "Main results"
/// is Theory when its section talks in theorems, Results otherwise.
/// </summary>
public static partial class SectionClassifier
{
    [GeneratedRegex(@"checklist")]
    private static partial Regex Checklist();

    [GeneratedRegex(@"^(references?|bibliography|literature cited|works cited|cited literature)\b")]
    private static partial Regex References();

    [GeneratedRegex(@"acknowledge?ments?|^funding\b|disclosure of funding")]
    private static partial Regex Acknowledgements();

    [GeneratedRegex(@"^(appendix|appendices)\b|supplementary|supplemental|^technical appendix")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"^abstract\b")]
    private static partial Regex Abstract();

    [GeneratedRegex(@"^introduction\b|^intro\b")]
    private static partial Regex Introduction();

    [GeneratedRegex(@"related (work|literature|research)|prior (work|art)|previous work|literature (review|survey)|^related\b")]
    private static partial Regex RelatedWork();

    [GeneratedRegex(@"conclu")]
    private static partial Regex Conclusion();

    [GeneratedRegex(@"experiment|evaluat|empirical|simulation|numerical (result|stud|illustration|example|evaluation)|benchmark|ablation|case stud|implementation details?|training details?|experimental setup|^setup\b|^settings?\b|^datasets?\b|^baselines?\b|error analysis|qualitative|quantitative|sensitivity analysis|hyper-?parameter|user stud")]
    private static partial Regex Experiments();

    [GeneratedRegex(@"theor|proofs?\b|convergence|regret|\bbounds?\b|guarantee|lemma|sample complexity|generaliz|generalis|consistency|analysis|formal|propositions?\b|corollar|identifiability|complexity")]
    private static partial Regex Theory();

    [GeneratedRegex(@"^main results?$|^our results?$")]
    private static partial Regex MainResults();

    [GeneratedRegex(@"results?\b|findings|performance|comparisons?\b")]
    private static partial Regex Results();

    [GeneratedRegex(@"background|preliminar|notation|problem (setting|setup|formulation|statement|definition)|definitions?\b|^setting\b|^problem\b")]
    private static partial Regex Background();

    [GeneratedRegex(@"method|approach|model|algorithm|framework|architecture|proposed|^our\b|technique|design|learning|training|objective|loss")]
    private static partial Regex Method();

    [GeneratedRegex(@"discussion|limitation|broader impact|societal|ethic|future (work|direction)|impact statement|reproducibility statement|open (problem|question)")]
    private static partial Regex Discussion();

    [GeneratedRegex(@"\b(Theorem|Lemma|Proposition|Corollary|Proof)\b")]
    private static partial Regex TheoremWords();

    /// <summary>Kind of a heading title. <paramref name="sectionText"/> is consulted only for "Main results".</summary>
    public static SectionKind Classify(string title, Func<string>? sectionText = null)
    {
        var t = HeadingPatterns.Canonical(title);
        if (t.Length == 0) return SectionKind.Other;
        if (Checklist().IsMatch(t)) return SectionKind.Checklist;
        if (References().IsMatch(t)) return SectionKind.References;
        if (Acknowledgements().IsMatch(t)) return SectionKind.Acknowledgements;
        if (Appendix().IsMatch(t)) return SectionKind.Appendix;
        if (Abstract().IsMatch(t)) return SectionKind.Abstract;
        if (Introduction().IsMatch(t)) return SectionKind.Introduction;
        if (RelatedWork().IsMatch(t)) return SectionKind.RelatedWork;
        if (Conclusion().IsMatch(t)) return SectionKind.Conclusion;
        if (MainResults().IsMatch(t))
            return sectionText is not null && TheoremWords().IsMatch(sectionText()) ? SectionKind.Theory : SectionKind.Results;
        if (Experiments().IsMatch(t)) return SectionKind.Experiments;
        if (Theory().IsMatch(t)) return SectionKind.Theory;
        if (Results().IsMatch(t)) return SectionKind.Results;
        if (Discussion().IsMatch(t)) return SectionKind.Discussion;
        if (Background().IsMatch(t)) return SectionKind.Background;
        if (Method().IsMatch(t)) return SectionKind.Method;
        return SectionKind.Other;
    }
}
