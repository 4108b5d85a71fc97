namespace RuleEngine.Sdk.Documents;

/// <summary>What a section heading says the section is.</summary>
public enum SectionKind
{
    Other,
    Abstract,
    Introduction,
    RelatedWork,
    Background,
    Method,
    Theory,
    Experiments,
    Results,
    Discussion,
    Conclusion,
    Acknowledgements,
    References,
    Appendix,
    Checklist,
}

/// <summary>A section: its heading, what kind of section it is, and the span of its text.</summary>
/// <param name="Index">Position in <see cref="PaperDocument.Sections"/>.</param>
/// <param name="Heading">Heading text as printed (e.g. "5 Experiments").</param>
/// <param name="Kind">Classification of the heading.</param>
/// <param name="Page">Page of the heading.</param>
/// <param name="Span">From the heading to the next heading.</param>
/// <param name="IsInAppendix">True when the section comes after an Appendix heading (or after References).</param>
public sealed record Section(int Index, string Heading, SectionKind Kind, int Page, TextSpan Span, bool IsInAppendix = false)
{
    /// <summary>References, acknowledgements and checklists: text that is not the paper's own content.</summary>
    public bool IsBackMatter => Kind is SectionKind.References or SectionKind.Acknowledgements or SectionKind.Checklist;
}
