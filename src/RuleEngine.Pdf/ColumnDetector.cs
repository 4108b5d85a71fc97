namespace RuleEngine.Pdf;

/// <summary>
/// Finds the gutter of a two-column page: a vertical strip near the middle that few wide runs cross,
/// bounded by the column text on each side, with column-wide text beside it and columns of similar
/// width. Coverage is counted at 1-point resolution with a difference array (runs narrower than a
/// quarter of the page, such as figure text, are ignored), so the cost is linear in runs plus page
/// width. Returns null for single-column pages (and for tables whose columns leave a gap in the middle).
/// </summary>
internal static class ColumnDetector
{
    /// <summary>The gutter's middle is searched between these fractions of the page width.</summary>
    private const double SearchFrom = 0.3, SearchTo = 0.7;

    /// <summary>Runs narrower than this fraction of the page (figure labels, numbers) do not count towards coverage.</summary>
    private const double MinCoverageRunWidth = 0.25;

    /// <summary>Narrowest and widest gutter accepted (points; fraction of the page width).</summary>
    private const double MinGutterWidth = 6, MaxGutterFraction = 0.08;

    /// <summary>The narrower column must be at least this fraction of the wider one.</summary>
    private const double MinColumnBalance = 0.75;

    /// <summary>A run at least this fraction of its column's width counts as body text of that column.</summary>
    private const double BodyRunFraction = 0.5;

    public static Gutter? Detect(IReadOnlyList<TextRun> runs, double pageWidth)
    {
        if (runs.Count < 6 || pageWidth < 50) return null;
        var cells = (int)Math.Ceiling(pageWidth) + 2;
        var diff = new int[cells + 1];
        double textLeft = double.MaxValue, textRight = double.MinValue;
        var minWidth = pageWidth * MinCoverageRunWidth;
        var wide = 0;
        foreach (var r in runs)
        {
            if (r.X0 < textLeft) textLeft = r.X0;
            if (r.X1 > textRight) textRight = r.X1;
            if (r.X1 - r.X0 < minWidth) continue;
            wide++;
            var a = Math.Clamp((int)Math.Floor(r.X0), 0, cells - 1);
            var b = Math.Clamp((int)Math.Ceiling(r.X1), a + 1, cells);
            diff[a]++;
            diff[b]--;
        }
        if (wide < 3) return null;

        var coverage = new int[cells];
        var running = 0;
        for (var i = 0; i < cells; i++)
        {
            running += diff[i];
            coverage[i] = running;
        }

        var from = (int)(pageWidth * SearchFrom);
        var to = Math.Min(cells - 1, (int)(pageWidth * SearchTo));
        var min = int.MaxValue;
        for (var i = from; i <= to; i++) min = Math.Min(min, coverage[i]);
        // Stray figure text or an overfull line may poke into the gutter: allow a little more than the minimum.
        var low = min + Math.Max(2, min / 4);

        // The low-coverage point nearest the middle of the text.
        var centre = (int)Math.Clamp((textLeft + textRight) / 2, from, to);
        var split = -1;
        for (var d = 0; centre - d >= from || centre + d <= to; d++)
        {
            if (centre - d >= from && coverage[centre - d] <= low) { split = centre - d; break; }
            if (centre + d <= to && coverage[centre + d] <= low) { split = centre + d; break; }
        }
        if (split < 0) return null;

        var gutter = Bound(runs, split, minWidth, textLeft, textRight);
        if (gutter is not { } g) return null;
        if (g.Right - g.Left < MinGutterWidth || g.Right - g.Left > MaxGutterFraction * pageWidth) return null;
        var balance = Math.Min(g.LeftColumnWidth, g.RightColumnWidth) / Math.Max(g.LeftColumnWidth, g.RightColumnWidth);
        if (balance < MinColumnBalance) return null;
        var crossing = coverage[Math.Clamp((int)g.Middle, 0, cells - 1)];
        return IsTwoColumn(runs, g, crossing) ? g : null;
    }

    /// <summary>The strip around <paramref name="split"/> up to the nearest text on each side (wide runs first, any run if a side has none).</summary>
    private static Gutter? Bound(IReadOnlyList<TextRun> runs, int split, double minWidth, double textLeft, double textRight)
    {
        double left = double.MinValue, right = double.MaxValue, anyLeft = double.MinValue, anyRight = double.MaxValue;
        foreach (var r in runs)
        {
            var isWide = r.X1 - r.X0 >= minWidth;
            if (r.X1 <= split)
            {
                if (r.X1 > anyLeft) anyLeft = r.X1;
                if (isWide && r.X1 > left) left = r.X1;
            }
            else if (r.X0 >= split)
            {
                if (r.X0 < anyRight) anyRight = r.X0;
                if (isWide && r.X0 < right) right = r.X0;
            }
        }
        if (left == double.MinValue) left = anyLeft;
        if (right == double.MaxValue) right = anyRight;
        if (left == double.MinValue || right == double.MaxValue) return null;
        return new Gutter(left, right, textLeft, textRight);
    }

    /// <summary>Column-wide text on one side of the strip, some text on the other, and few wide runs crossing its middle.</summary>
    private static bool IsTwoColumn(IReadOnlyList<TextRun> runs, Gutter g, int crossing)
    {
        int leftBody = 0, rightBody = 0, leftChars = 0, rightChars = 0;
        var leftWidth = g.LeftColumnWidth;
        var rightWidth = g.RightColumnWidth;
        foreach (var r in runs)
        {
            if (r.X1 <= g.Left + 1)
            {
                leftChars += r.CharCount;
                if (r.X1 - r.X0 >= BodyRunFraction * leftWidth) leftBody++;
            }
            else if (r.X0 >= g.Right - 1)
            {
                rightChars += r.CharCount;
                if (r.X1 - r.X0 >= BodyRunFraction * rightWidth) rightBody++;
            }
        }
        if (leftChars == 0 || rightChars == 0) return false;
        if (crossing > Math.Max(2, (leftBody + rightBody) / 2)) return false;
        // One full column is enough: the last page of a paper may have a few short lines on the other side.
        return leftBody >= 3 || rightBody >= 3;
    }
}
