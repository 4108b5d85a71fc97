using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Tests;

/// <summary>The span invariants every built document must satisfy; one assertion helper shared by all tests.</summary>
internal static class DocumentInvariants
{
    public static void Check(PaperDocument doc)
    {
        var text = doc.Text;

        // Pages partition the text, in order.
        if (doc.Pages.Count > 0)
        {
            Assert.Equal(0, doc.Pages[0].Span.Start);
            for (var i = 1; i < doc.Pages.Count; i++)
                Assert.Equal(doc.Pages[i - 1].Span.End, doc.Pages[i].Span.Start);
            Assert.Equal(text.Length, doc.Pages[^1].Span.End);
        }

        // No empty paragraphs, no stray spaces around line feeds.
        Assert.DoesNotContain("\n\n", text);
        Assert.DoesNotContain(" \n", text);
        Assert.DoesNotContain("\n ", text);

        // Lines: their text begins where Start says (a removed hyphen aside), on their page.
        foreach (var l in doc.Lines)
        {
            Assert.InRange(l.Start, 0, text.Length);
            var expected = l.Text.EndsWith('-') || l.Text.EndsWith('\u2010') ? l.Text[..^1] : l.Text;
            Assert.True(text.AsSpan(l.Start).StartsWith(expected), $"line '{l.Text}' not found at {l.Start}: '{Excerpt(text, l.Start)}'");
            Assert.Equal(l.Page, doc.PageOf(l.Start));
        }
        for (var i = 1; i < doc.Lines.Count; i++) Assert.True(doc.Lines[i].Start >= doc.Lines[i - 1].Start);

        // Sentences: verbatim slices, trimmed, in order, on the page where they start, in the right section.
        var prevEnd = 0;
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            var s = doc.Sentences[i];
            Assert.Equal(i, s.Index);
            Assert.True(s.Span.Length > 0);
            Assert.Equal(text.Substring(s.Span.Start, s.Span.Length), s.Text);
            Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"untrimmed sentence '{s.Text}'");
            Assert.DoesNotContain('\n', s.Text);
            Assert.True(s.Span.Start >= prevEnd, $"sentence {i} overlaps the one before");
            prevEnd = s.Span.End;
            Assert.Equal(doc.PageOf(s.Span.Start), s.Page);
            var expectedSection = -1;
            for (var k = 0; k < doc.Sections.Count; k++)
                if (doc.Sections[k].Span.Start <= s.Span.Start) expectedSection = k;
            Assert.Equal(expectedSection, s.SectionIndex);
        }

        // Sections: contiguous from the first heading to the end of the text; heading text where the span starts.
        for (var k = 0; k < doc.Sections.Count; k++)
        {
            var sec = doc.Sections[k];
            Assert.Equal(k, sec.Index);
            var end = k + 1 < doc.Sections.Count ? doc.Sections[k + 1].Span.Start : text.Length;
            Assert.Equal(end, sec.Span.End);
            var firstWord = sec.Heading.Split(' ')[0];
            Assert.True(text.AsSpan(sec.Span.Start).StartsWith(firstWord), $"section '{sec.Heading}' does not start at its heading");
            Assert.Equal(doc.PageOf(sec.Span.Start), sec.Page);
        }

        // Floats: the caption is the slice of its span.
        foreach (var f in doc.Floats)
        {
            Assert.Equal(doc.Slice(f.Span), f.Caption);
            Assert.StartsWith(f.Label.Split(' ')[0], f.Caption);
            Assert.Equal(doc.PageOf(f.Span.Start), f.Page);
        }

        // Links: spans inside the text; printed URLs are verbatim; sentence indices valid.
        foreach (var link in doc.Links)
        {
            Assert.InRange(link.Span.End, 0, text.Length);
            if (link.Origin == LinkOrigin.Text) Assert.Equal(link.Uri, doc.Slice(link.Span));
            Assert.InRange(link.SentenceIndex, -1, doc.Sentences.Count - 1);
        }
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(60, text.Length - at));
}
