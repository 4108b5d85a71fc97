namespace RuleEngine.Document.Building;

/// <summary>
/// Typical measures of a document's layout that the structure passes compare lines against: body
/// font size, line spacing, each column's typical line width, each page column's left margin, and
/// whether fonts tell anything at all (plain-text fixtures have one size and no bold).
/// </summary>
internal sealed class LayoutStatistics
{
    private readonly double[] _typicalWidth = new double[3];
    private readonly Dictionary<(int Page, int Column), double> _margins = new();

    public double BodyFontSize { get; private set; } = 10;
    public double LineSpacing { get; private set; } = 12;

    /// <summary>Whether font size or weight varies in the document (so they can mark headings and titles).</summary>
    public bool HasFontInfo { get; private set; }

    public double TypicalWidth(int column) => _typicalWidth[Math.Clamp(column, 0, 2)];

    public double LeftMargin(int page, int column) => _margins.TryGetValue((page, column), out var m) ? m : 0;

    /// <summary>A line much narrower than its column's typical line.</summary>
    public bool IsShort(WorkLine l, double fraction = 0.75) => l.Width < fraction * TypicalWidth(l.Column);

    /// <summary>Bold or larger than body text (only when the document carries font information).</summary>
    public bool IsFontDistinguished(WorkLine l) =>
        HasFontInfo && ((l.IsBold && !AllBold) || l.FontSize >= BodyFontSize + 0.9);

    private bool AllBold { get; set; }

    /// <param name="lines">All lines of the document.</param>
    /// <param name="pageWidth">Typical page width; a column's typical line is never taken narrower than a third of it
    /// (so that "short" keeps its meaning in small documents and fixtures).</param>
    public static LayoutStatistics Compute(IReadOnlyList<WorkLine> lines, double pageWidth = 0)
    {
        var s = new LayoutStatistics();
        if (lines.Count == 0) return s;

        // Body font: the size carrying most characters.
        var sizeWeight = new Dictionary<double, int>();
        var bold = 0;
        foreach (var l in lines)
        {
            var k = Math.Round(l.FontSize * 2) / 2;
            sizeWeight[k] = sizeWeight.GetValueOrDefault(k) + l.Text.Length;
            if (l.IsBold) bold++;
        }
        s.BodyFontSize = sizeWeight.MaxBy(kv => kv.Value).Key;
        if (s.BodyFontSize <= 0) s.BodyFontSize = 10;
        s.AllBold = bold == lines.Count;
        s.HasFontInfo = sizeWeight.Count > 1 || (bold > 0 && !s.AllBold);

        // Line spacing: median baseline distance between consecutive body lines of one column.
        var deltas = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var a = lines[i - 1];
            var b = lines[i];
            if (a.Page != b.Page || a.Column != b.Column) continue;
            if (Math.Abs(a.FontSize - s.BodyFontSize) > 0.6 || Math.Abs(b.FontSize - s.BodyFontSize) > 0.6) continue;
            var d = b.Y - a.Y;
            if (d > 0.5 && d < 3 * s.BodyFontSize) deltas.Add(d);
        }
        if (deltas.Count > 0)
        {
            deltas.Sort();
            s.LineSpacing = deltas[deltas.Count / 2];
        }
        else s.LineSpacing = 1.2 * s.BodyFontSize;

        // Typical width per column: a high percentile of body-line widths.
        for (var c = 0; c <= 2; c++)
        {
            var widths = new List<double>();
            foreach (var l in lines)
                if (l.Column == c && Math.Abs(l.FontSize - s.BodyFontSize) <= 0.6) widths.Add(l.Width);
            if (widths.Count == 0)
                foreach (var l in lines)
                    if (l.Column == c) widths.Add(l.Width);
            if (widths.Count == 0) continue;
            widths.Sort();
            s._typicalWidth[c] = Math.Max(widths[(int)(0.85 * (widths.Count - 1))], 0.35 * pageWidth);
        }
        for (var c = 0; c <= 2; c++)
            if (s._typicalWidth[c] <= 0) s._typicalWidth[c] = s._typicalWidth.Max() > 0 ? s._typicalWidth.Max() : 1;

        // Left margin per page column: the most common left edge (rounded), ties to the left.
        var edges = new Dictionary<(int, int), Dictionary<int, int>>();
        foreach (var l in lines)
        {
            var key = (l.Page, l.Column);
            if (!edges.TryGetValue(key, out var hist)) edges[key] = hist = new Dictionary<int, int>();
            var x = (int)Math.Round(l.X);
            hist[x] = hist.GetValueOrDefault(x) + 1;
        }
        foreach (var (key, hist) in edges)
            s._margins[key] = hist.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        return s;
    }
}
