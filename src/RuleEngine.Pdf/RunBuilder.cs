namespace RuleEngine.Pdf;

/// <summary>
/// Groups glyphs, in drawing order, into <see cref="TextRun"/>s and words. A run continues while the next
/// glyph sits on the same baseline (or is a sub/superscript of it) just after the previous one; a wide
/// gap, a jump back or a new baseline starts a new run. Linear in the number of glyphs.
/// </summary>
internal static class RunBuilder
{
    /// <summary>A gap wider than this (× font size) separates words (poppler uses 0.1).</summary>
    public const double WordGap = 0.12;

    /// <summary>A gap wider than this (× font size) ends the run; column gutters are wider.</summary>
    public const double RunGap = 0.8;

    /// <summary>Baselines this close (× font size) are the same line for glyphs of similar size.</summary>
    private const double SameBaseline = 0.2;

    /// <summary>A smaller glyph this far (× the larger size) above or below the baseline is a sub/superscript.</summary>
    private const double ScriptShift = 0.6;

    public static List<TextRun> Build(List<Glyph> glyphs)
    {
        var runs = new List<TextRun>(Math.Max(4, glyphs.Count / 30));
        TextRun? run = null;
        var pendingSpace = false;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                pendingSpace = run is not null;
                continue;
            }
            if (run is not null && TryAppend(run, g, pendingSpace))
            {
                pendingSpace = false;
                continue;
            }
            if (run is not null)
            {
                run.Complete();
                runs.Add(run);
            }
            run = new TextRun(g);
            pendingSpace = false;
        }
        if (run is not null)
        {
            run.Complete();
            runs.Add(run);
        }
        return runs;
    }

    private static bool TryAppend(TextRun run, Glyph g, bool spaceBefore)
    {
        var last = run.Last;
        var size = Math.Max(run.MainSize, g.Size);
        var dy = g.Baseline - run.Baseline;
        var gap = g.X0 - last.X1;

        // Fake bold: the same glyph drawn again almost on top of itself.
        if (g.Text == last.Text && Math.Abs(g.X0 - last.X0) < 0.15 * size && Math.Abs(g.Baseline - last.Baseline) < 0.15 * size)
            return true;

        // TeX draws accents as glyphs of their own, overlapping the letter (before or after it),
        // raised over capitals: keep them in the run whatever their baseline, and merge them below.
        var mark = GlyphText.CombiningMarkOf(g.Text);
        if (mark != '\0' && Math.Abs(g.Baseline - last.Baseline) < ScriptShift * size)
        {
            if (Overlaps(g, last))
            {
                run.AccentLast(mark);
                return true;
            }
            if (gap <= RunGap * size && gap >= -0.5 * size)
            {
                run.Add(g, spaceBefore || gap > WordGap * size);
                return true;
            }
        }
        var lastMark = GlyphText.CombiningMarkOf(last.Text);
        if (lastMark != '\0' && Overlaps(last, g) && Math.Abs(g.Baseline - last.Baseline) < ScriptShift * size)
        {
            run.AddAfterAccent(g, lastMark);
            return true;
        }

        if (gap > RunGap * size || gap < -0.5 * size) return false;
        if (Math.Abs(dy) > SameBaseline * size)
        {
            var smaller = Math.Min(run.MainSize, g.Size);
            var isScript = smaller < 0.9 * size && Math.Abs(dy) < ScriptShift * size;
            if (!isScript) return false;
        }
        // A raised mark that opens the run (a footnote number before "https://...") is a word of its own.
        var afterLeadingMark = g.Size > run.MainSize * 1.1 && run.Baseline < g.Baseline - 0.15 * g.Size;
        run.Add(g, spaceBefore || afterLeadingMark || gap > WordGap * Math.Min(size, Math.Max(g.Size, last.Size)));
        return true;
    }

    /// <summary>The accent's horizontal centre lies over the letter.</summary>
    private static bool Overlaps(Glyph accent, Glyph letter)
    {
        var centre = (accent.X0 + accent.X1) / 2;
        return centre > letter.X0 - 0.5 && centre < letter.X1 + 0.5 && letter.X1 > letter.X0;
    }
}
