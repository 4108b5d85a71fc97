using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>
/// Walks a document once, in document order, dispatching each page, section, sentence, link and float to
/// every active detector session. Items are ordered by where they start in the text; a page comes before
/// everything on it, a section heading before its sentences.
/// </summary>
internal static class DocumentWalker
{
    private enum ItemKind { Page = 0, Section = 1, Float = 2, Sentence = 3, Link = 4 }

    public static void Walk(PaperDocument document, IReadOnlyList<DetectorSession> sessions, CancellationToken cancellationToken)
    {
        var wants = (
            page: sessions.Any(s => s.HasPageActions),
            section: sessions.Any(s => s.HasSectionActions),
            sentence: sessions.Any(s => s.HasSentenceActions),
            link: sessions.Any(s => s.HasLinkActions),
            @float: sessions.Any(s => s.HasFloatActions));

        var items = new List<(int Offset, ItemKind Kind, int Index)>();
        if (wants.page) for (var i = 0; i < document.Pages.Count; i++) items.Add((document.Pages[i].Span.Start, ItemKind.Page, i));
        if (wants.section) for (var i = 0; i < document.Sections.Count; i++) items.Add((document.Sections[i].Span.Start, ItemKind.Section, i));
        if (wants.@float) for (var i = 0; i < document.Floats.Count; i++) items.Add((document.Floats[i].Span.Start, ItemKind.Float, i));
        if (wants.sentence) for (var i = 0; i < document.Sentences.Count; i++) items.Add((document.Sentences[i].Span.Start, ItemKind.Sentence, i));
        if (wants.link) for (var i = 0; i < document.Links.Count; i++) items.Add((document.Links[i].Span.Start, ItemKind.Link, i));
        items.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Index.CompareTo(b.Index));

        var n = 0;
        foreach (var (_, kind, index) in items)
        {
            if ((++n & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            foreach (var session in sessions)
            {
                if (!session.IsActive) continue;
                switch (kind)
                {
                    case ItemKind.Page: session.OnPage(document.Pages[index]); break;
                    case ItemKind.Section: session.OnSection(document.Sections[index]); break;
                    case ItemKind.Float: session.OnFloat(document.Floats[index]); break;
                    case ItemKind.Sentence: session.OnSentence(document.Sentences[index]); break;
                    case ItemKind.Link: session.OnLink(document.Links[index]); break;
                }
            }
        }
    }
}
