using RuleEngine.Document.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace RuleEngine.Pdf;

/// <summary>The glyphs of one page in drawing order, in the page's reading frame.</summary>
/// <param name="Frame">The frame the glyphs are expressed in.</param>
/// <param name="Glyphs">Glyphs of the dominant text direction, in content-stream order.</param>
/// <param name="LetterCount">Non-space letters the page draws in any direction, hidden ones included (0 means no text layer).</param>
/// <param name="HiddenText">Letters left out because no reader can see them, per reason.</param>
internal sealed record PageGlyphs(PageFrame Frame, List<Glyph> Glyphs, int LetterCount, List<HiddenTextOnPage> HiddenText);

/// <summary>
/// Turns PdfPig letters into <see cref="Glyph"/>s: picks the page's dominant text direction (so rotated
/// side stamps such as arXiv's drop out and landscape pages are turned upright), cleans the text,
/// fixes degenerate sizes and advances, and leaves out (and counts) hidden letters: off the page, or judged
/// invisible by <see cref="HiddenGlyphClassifier"/>. Hidden letters do not vote for the text direction.
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
        var hidden = new HiddenGlyphClassifier(page.ImageBoxes, page.FilledShapes);
        var tally = new HiddenTextTally();
        for (var i = 0; i < letters.Count; i++)
        {
            var l = letters[i];
            if (string.IsNullOrEmpty(l.Value)) { directions[i] = -1; continue; }
            var d = DirectionOf(l);
            directions[i] = (sbyte)d;
            if (GlyphText.IsWhiteSpace(l.Value))
            {
                tally.AddSpace();
                continue;
            }
            var clean = GlyphText.Clean(l.Value);
            if (clean.Length == 0) continue;
            letterCount++;
            var reason = IsOffPage(l.StartBaseLine, page) ? HiddenTextReason.OffPage : hidden.Classify(l);
            if (reason is { } why)
            {
                directions[i] = -1;
                tally.Add(why, clean);
                continue;
            }
            tally.BreakRun();
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
        return new PageGlyphs(frame, glyphs, letterCount, tally.ToList(page.Number));
    }

    /// <summary>
    /// The glyph starts more than <see cref="OffPageSlack"/> outside the visible page. Letters are in the page's
    /// user space, which the initial matrix maps onto (0, 0)–(width, height) of the crop box.
    /// </summary>
    private static bool IsOffPage(PdfPoint start, TextOnlyPage page) =>
        start.X < -OffPageSlack || start.Y < -OffPageSlack || start.X > page.Width + OffPageSlack || start.Y > page.Height + OffPageSlack;

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
