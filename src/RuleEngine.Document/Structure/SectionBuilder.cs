using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Makes <see cref="Section"/>s from the heading paragraphs: each runs from its heading to the next;
/// its kind comes from <see cref="SectionClassifier"/> (an unclassified subsection takes its parent's
/// kind, and so does one that only reads like method or background: "3.3 Baselines" and "3.4 Model
/// Visualization" under "3 Experiments" are experiments); sections from an Appendix heading, a lettered
/// heading, or anything after References on are marked as appendix.
/// </summary>
internal static class SectionBuilder
{
    public static List<Section> Build(IReadOnlyList<WorkLine> lines, IReadOnlyList<Paragraph> paragraphs, string text)
    {
        var heads = new List<(Paragraph Para, HeadingMatch Match)>();
        foreach (var p in paragraphs)
            if (lines[p.FirstLine].Heading is { } h) heads.Add((p, h));

        var sections = new List<Section>(heads.Count);
        var topKinds = new Dictionary<(HeadingNumbering, int), SectionKind>();
        var inAppendix = false;
        var afterReferences = false;
        for (var i = 0; i < heads.Count; i++)
        {
            var (para, m) = heads[i];
            var start = para.Start;
            var end = i + 1 < heads.Count ? heads[i + 1].Para.Start : text.Length;
            var span = TextSpan.FromBounds(start, end);

            var kind = SectionClassifier.Classify(m.Title, () => text.Substring(span.Start, Math.Min(span.Length, 4000)));
            // "Appendix J. Preliminary Experiment" holds experiments; any other "Appendix X" heading is appendix matter.
            if (m.Numbering == HeadingNumbering.Appendix && kind != SectionKind.Experiments) kind = SectionKind.Appendix;
            if (m.Depth >= 1 && m.Numbering is HeadingNumbering.Numeric or HeadingNumbering.Letter or HeadingNumbering.Appendix)
            {
                var key = (m.Numbering == HeadingNumbering.Appendix ? HeadingNumbering.Letter : m.Numbering, m.Number[0]);
                if (m.Depth == 1) topKinds[key] = kind;
                else if (kind is SectionKind.Other or SectionKind.Method or SectionKind.Background
                         && topKinds.TryGetValue(key, out var parent) && parent is not (SectionKind.Other or SectionKind.Appendix))
                    kind = parent; // "4.1 Model Visualization" under "4 Experiments" is part of the experiments
            }

            if (kind == SectionKind.Appendix || m.Numbering is HeadingNumbering.Letter or HeadingNumbering.Appendix || afterReferences)
                inAppendix = true;
            sections.Add(new Section(i, m.Text, kind, para.Page, span, inAppendix));
            if (kind == SectionKind.References) afterReferences = true;
        }
        return SplitFloatsOutOfReferences(sections, lines, paragraphs);
    }

    /// <summary>
    /// A reference list holds no tables or figures: a float caption inside the References section means
    /// the appendix has begun without a heading we recognised (a table at the top of the first appendix
    /// page, before "A More Results"). The References section ends there and an appendix section starts.
    /// </summary>
    private static List<Section> SplitFloatsOutOfReferences(List<Section> sections, IReadOnlyList<WorkLine> lines, IReadOnlyList<Paragraph> paragraphs)
    {
        var result = new List<Section>(sections.Count + 1);
        foreach (var section in sections)
        {
            var caption = section.Kind == SectionKind.References
                ? paragraphs.FirstOrDefault(p => p.Start > section.Span.Start && p.Start < section.Span.End && lines[p.FirstLine].Caption is not null)
                : null;
            if (caption is null) { result.Add(section with { Index = result.Count }); continue; }
            result.Add(section with { Index = result.Count, Span = TextSpan.FromBounds(section.Span.Start, caption.Start) });
            result.Add(new Section(result.Count, lines[caption.FirstLine].Text, SectionKind.Appendix, caption.Page, TextSpan.FromBounds(caption.Start, section.Span.End), IsInAppendix: true));
        }
        return result;
    }
}
