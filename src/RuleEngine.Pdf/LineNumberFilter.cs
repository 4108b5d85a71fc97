namespace RuleEngine.Pdf;

/// <summary>
/// Drops the line numbers of review copies (NeurIPS, ICLR, CVPR, ICML submissions): runs that are bare
/// integers, right-aligned on one x position, mostly counting up by one from top to bottom, and standing
/// in a margin or the gutter. Without this every line of such a paper would start with its number.
/// Linear in the number of runs (plus sorting the few candidates).
/// </summary>
internal static class LineNumberFilter
{
    /// <summary>Fewest numbers on one x position that make a line-number column.</summary>
    private const int MinCount = 8;

    /// <summary>Share of neighbouring numbers (top to bottom) that must differ by exactly one.</summary>
    private const double MinConsecutive = 0.7;

    public static List<TextRun> Apply(List<TextRun> runs, double pageWidth)
    {
        List<(TextRun Run, int Value)>? candidates = null;
        foreach (var r in runs)
        {
            if (r.CharCount <= 4 && r.Words.Count == 1 && TryParseNumber(r.Text, out var value))
                (candidates ??= []).Add((r, value));
        }
        if (candidates is null || candidates.Count < MinCount) return runs;

        // Body extent from the other runs, to tell margins and gutter from table columns.
        double bodyLeft = double.MaxValue, bodyRight = double.MinValue;
        var candidateSet = new HashSet<TextRun>(candidates.Select(c => c.Run));
        foreach (var r in runs)
        {
            if (candidateSet.Contains(r)) continue;
            bodyLeft = Math.Min(bodyLeft, r.X0);
            bodyRight = Math.Max(bodyRight, r.X1);
        }

        HashSet<TextRun>? drop = null;
        foreach (var column in candidates.GroupBy(c => (int)Math.Round(c.Run.X1 / 2)))
        {
            var group = column.ToList();
            if (group.Count < MinCount) continue;
            var x0 = group.Min(c => c.Run.X0);
            var x1 = group.Max(c => c.Run.X1);
            var inMargin = x1 <= bodyLeft + 1 || x0 >= bodyRight - 1;
            var inGutter = x0 >= pageWidth * 0.35 && x1 <= pageWidth * 0.65;
            if (!inMargin && !inGutter) continue;

            group.Sort(static (a, b) => a.Run.Baseline.CompareTo(b.Run.Baseline));
            var consecutive = 0;
            for (var i = 1; i < group.Count; i++)
            {
                if (group[i].Value - group[i - 1].Value == 1) consecutive++;
            }
            if (consecutive < MinConsecutive * (group.Count - 1)) continue;
            drop ??= [];
            foreach (var c in group) drop.Add(c.Run);
        }
        return drop is null ? runs : runs.Where(r => !drop.Contains(r)).ToList();
    }

    private static bool TryParseNumber(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 4) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
