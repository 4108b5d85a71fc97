using System.Text;

namespace RuleEngine.Pdf;

/// <summary>A printed line being laid out: its runs left to right, the column it belongs to and its extent.</summary>
internal sealed class PageLine
{
    public PageLine(List<TextRun> runs, int column)
    {
        Runs = runs;
        Column = column;
        X0 = double.MaxValue;
        X1 = double.MinValue;
        var main = runs[0];
        foreach (var r in runs)
        {
            if (r.X0 < X0) X0 = r.X0;
            if (r.X1 > X1) X1 = r.X1;
            if (r.MainSize > Size) Size = r.MainSize;
            if (r.CharCount > main.CharCount) main = r;
        }
        Baseline = main.Baseline;
    }

    /// <summary>Runs left to right.</summary>
    public List<TextRun> Runs { get; }

    /// <summary>0 full width (or single-column page), 1 left column, 2 right column.</summary>
    public int Column { get; }

    public double X0 { get; }
    public double X1 { get; }

    /// <summary>Baseline of the line's longest run, from the page top.</summary>
    public double Baseline { get; }

    /// <summary>Largest main size of the runs (the line's height scale).</summary>
    public double Size { get; }

    public string Text
    {
        get
        {
            if (Runs.Count == 1) return Runs[0].Text;
            var sb = new StringBuilder();
            foreach (var r in Runs)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(r.Text);
            }
            return sb.ToString();
        }
    }

    /// <summary>Most frequent font size over the line's characters.</summary>
    public double DominantSize
    {
        get
        {
            if (Runs.Count == 1) return Runs[0].DominantSize;
            var counts = new List<(double Size, int Count)>(4);
            foreach (var r in Runs)
            {
                foreach (var (size, count) in r.Sizes)
                {
                    var i = counts.FindIndex(c => c.Size == size);
                    if (i < 0) counts.Add((size, count));
                    else counts[i] = (size, counts[i].Count + count);
                }
            }
            var best = counts[0];
            foreach (var c in counts)
            {
                if (c.Count > best.Count) best = c;
            }
            return best.Size;
        }
    }

    /// <summary>Most characters are set in a bold face.</summary>
    public bool IsBold
    {
        get
        {
            int bold = 0, all = 0;
            foreach (var r in Runs)
            {
                bold += r.BoldCount;
                all += r.CharCount;
            }
            return bold * 2 > all;
        }
    }
}
