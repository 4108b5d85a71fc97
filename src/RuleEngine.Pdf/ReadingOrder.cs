namespace RuleEngine.Pdf;

/// <summary>
/// Puts a page's runs into printed lines in reading order. Runs are grouped into rows by baseline; on a
/// two-column page each row is split at the gutter (words are never joined across it) unless a run
/// spans the whole gutter, which makes the row full width. Walking the rows top to bottom, every
/// stretch of two-column rows is emitted left column first, then right column; full-width rows end
/// the stretch and are emitted in place. Single-column pages read top to bottom.
/// Cost: one sort of the runs plus linear passes.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>Baselines within this fraction of the font size belong to one row.</summary>
    private const double RowTolerance = 0.3;

    public static List<PageLine> Arrange(List<TextRun> runs, Gutter? gutter)
    {
        var ordered = new List<PageLine>();
        if (runs.Count == 0) return ordered;
        var sorted = runs.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var c = a.Baseline.CompareTo(b.Baseline);
            return c != 0 ? c : a.X0.CompareTo(b.X0);
        });

        var left = new List<PageLine>();
        var right = new List<PageLine>();
        var row = new List<TextRun>();
        var anchor = sorted[0];
        foreach (var r in sorted)
        {
            if (row.Count > 0 && Math.Abs(r.Baseline - anchor.Baseline) > RowTolerance * Math.Max(anchor.MainSize, r.MainSize))
            {
                EmitRow(row, gutter, ordered, left, right);
                row.Clear();
            }
            if (row.Count == 0) anchor = r;
            row.Add(r);
        }
        EmitRow(row, gutter, ordered, left, right);
        Flush(ordered, left, right);
        return ordered;
    }

    private static void EmitRow(List<TextRun> row, Gutter? gutter, List<PageLine> ordered, List<PageLine> left, List<PageLine> right)
    {
        if (row.Count == 0) return;
        row.Sort(static (a, b) => a.X0.CompareTo(b.X0));
        if (gutter is not { } g)
        {
            ordered.Add(new PageLine(Deduplicate(row), 0));
            return;
        }

        var fullWidth = false;
        foreach (var r in row)
        {
            if (r.X0 < g.Left - 2 && r.X1 > g.Right + 2) { fullWidth = true; break; }
        }
        if (fullWidth)
        {
            Flush(ordered, left, right);
            ordered.Add(new PageLine(Deduplicate(row), 0));
            return;
        }

        List<TextRun>? l = null, rr = null;
        foreach (var r in row)
        {
            if ((r.X0 + r.X1) / 2 < g.Middle) (l ??= new List<TextRun>()).Add(r);
            else (rr ??= new List<TextRun>()).Add(r);
        }
        if (l is not null) left.Add(new PageLine(Deduplicate(l), 1));
        if (rr is not null) right.Add(new PageLine(Deduplicate(rr), 2));
    }

    private static void Flush(List<PageLine> ordered, List<PageLine> left, List<PageLine> right)
    {
        ordered.AddRange(left);
        ordered.AddRange(right);
        left.Clear();
        right.Clear();
    }

    /// <summary>Copies the row's runs, dropping a run drawn twice over itself (shadow/fake-bold text).</summary>
    private static List<TextRun> Deduplicate(List<TextRun> runs)
    {
        var result = new List<TextRun>(runs.Count);
        foreach (var r in runs)
        {
            if (result.Count > 0)
            {
                var prev = result[^1];
                if (r.X0 < prev.X1 - 0.5 * r.MainSize && Math.Abs(r.X0 - prev.X0) < 0.5 * r.MainSize && r.CharCount == prev.CharCount && r.Text == prev.Text)
                    continue;
            }
            result.Add(r);
        }
        return result;
    }
}
