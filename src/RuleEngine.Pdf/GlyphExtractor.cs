using UglyToad.PdfPig.Content;

namespace RuleEngine.Pdf;

/// <summary>The glyphs of one page in drawing order, in the page's reading frame.</summary>
/// <param name="Frame">The frame the glyphs are expressed in.</param>
/// <param name="Glyphs">Glyphs of the dominant text direction, in content-stream order.</param>
/// <param name="LetterCount">Non-space letters the page draws in any direction (0 means no text layer).</param>
internal sealed record PageGlyphs(PageFrame Frame, List<Glyph> Glyphs, int LetterCount);

/// <summary>
/// Turns PdfPig letters into <see cref="Glyph"/>s: picks the page's dominant text direction (so rotated
/// side stamps such as arXiv's drop out and landscape pages are turned upright), cleans the text,
/// and fixes degenerate sizes and advances. One linear pass over the letters.
/// </summary>
internal static class GlyphExtractor
{
    /// <summary>How far (points) a glyph may start outside the page box before it is treated as off-page.</summary>
    private const double OffPageSlack = 5;

    public static PageGlyphs Extract(TextOnlyPage page, FontStyle fonts)
    {
        var letters = page.Letters;
        var directions = new sbyte[letters.Count];
        Span<int> perDirection = stackalloc int[4];
        var letterCount = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var l = letters[i];
            if (string.IsNullOrEmpty(l.Value)) { directions[i] = -1; continue; }
            var d = DirectionOf(l);
            directions[i] = (sbyte)d;
            if (GlyphText.IsWhiteSpace(l.Value) || GlyphText.Clean(l.Value).Length == 0) continue;
            letterCount++;
            perDirection[d]++;
        }

        var direction = 0;
        for (var d = 1; d < 4; d++)
        {
            if (perDirection[d] > perDirection[direction]) direction = d;
        }

        var frame = new PageFrame(direction, page.Width, page.Height);
        var glyphs = new List<Glyph>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            if (directions[i] != direction) continue;
            var l = letters[i];
            var raw = l.Value;

            var x0 = frame.X(l.StartBaseLine);
            var x1 = frame.X(l.EndBaseLine);
            var baseline = frame.Y(l.StartBaseLine);
            if (x0 < -OffPageSlack || x0 > frame.Width + OffPageSlack || baseline < -OffPageSlack || baseline > frame.Height + OffPageSlack)
                continue;

            var size = l.PointSize;
            if (x1 < x0) (x0, x1) = (x1, x0);
            if (!(size > 1.0) || size > 500 || x1 - x0 < 0.01 * size)
            {
                // Degenerate size or advance: fall back to the glyph's drawn box.
                var box = frame.Box(l.BoundingBox);
                if (!(size > 1.0) || size > 500) size = Math.Max(1.0, box.Bottom - box.Top);
                if (x1 - x0 < 0.01 * size && box.Right - box.Left > x1 - x0) x1 = x0 + (box.Right - box.Left);
            }

            if (GlyphText.IsWhiteSpace(raw))
            {
                glyphs.Add(new Glyph(" ", x0, x1, baseline, size, false, true));
                continue;
            }
            var text = GlyphText.Clean(raw);
            if (text.Length == 0) continue;
            glyphs.Add(new Glyph(text, x0, x1, baseline, size, fonts.IsBold(l.FontName), false));
        }
        return new PageGlyphs(frame, glyphs, letterCount);
    }

    /// <summary>Direction of a letter from its baseline vector, falling back to PdfPig's orientation for zero-width glyphs.</summary>
    private static int DirectionOf(Letter l)
    {
        var d = PageFrame.DirectionOf(l.StartBaseLine, l.EndBaseLine);
        if (d >= 0) return d;
        return l.TextOrientation switch
        {
            TextOrientation.Rotate90 => 1,
            TextOrientation.Rotate180 => 2,
            TextOrientation.Rotate270 => 3,
            _ => 0,
        };
    }
}
