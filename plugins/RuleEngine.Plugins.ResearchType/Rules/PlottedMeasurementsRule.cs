using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.plotted-measurements: a plot of measured values — a run of axis-tick lines, lines made only of numbers
/// ("0.15", "0 5 10 15 20", "1e+00 1e+01"), at least two of them decimal — in the paper's own text, together with a heading that
/// names empirical work loosely ("Numerical examples", "Experiment details", "Empirical illustration", "Synthetic
/// data"). A theorem-heavy paper often reports its experiment this way, under a title the experiments-section rule
/// does not know. A plot alone is not enough (a worked example may draw a function), nor is such a heading alone
/// (a numerical example may be a toy calculation).
/// </summary>
internal sealed class PlottedMeasurementsRule
{
    public const string Id = "RV0001.plotted-measurements";

    private static readonly Regex NumericLine = new(@"^\s*[−-]?\d+(?:\.\d+)?(?:[eE][+−-]?\d+)?%?(?:\s+[−-]?\d+(?:\.\d+)?(?:[eE][+−-]?\d+)?%?)*\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly Regex? _heading;
    private readonly int _window;
    private readonly int _minTicks;
    private readonly int _maxHeadingLength;

    public PlottedMeasurementsRule(RuleSet rules)
    {
        _heading = rules.Pattern(Id);
        _window = (int)rules.Setting("plotWindowLines", 30);
        _minTicks = (int)rules.Setting("plotMinTickLines", 8);
        _maxHeadingLength = (int)rules.Setting("maxHeadingLength", 70);
    }

    /// <summary>The loose empirical heading and, when one exists, a caption or tick line of the plot; empty when the construction is absent.</summary>
    public List<Evidence> Find(PaperDocument document)
    {
        var found = new List<Evidence>();
        if (_heading is null) return found;
        Evidence? heading = null;
        foreach (var section in document.Sections)
        {
            if (section.IsBackMatter) continue;
            var text = section.Heading.Trim();
            if (text.Length == 0 || text.Length > _maxHeadingLength || !_heading.SafeIsMatch(text)) continue;
            var at = document.Text.IndexOf(text, section.Span.Start, StringComparison.Ordinal);
            heading = at >= 0 ? Evidence.FromSpan(document, new TextSpan(at, text.Length), Id) : new Evidence(text, section.Page, Id, section.Span);
            break;
        }
        // Headings the builder did not take for section starts: short heading-shaped lines.
        if (heading is null)
        {
            foreach (var line in document.Lines)
            {
                var text = line.Text.Trim();
                if (text.Length < 5 || text.Length > _maxHeadingLength) continue;
                var first = text.TrimStart("0123456789.IVX ".ToCharArray());
                if (first.Length == 0 || !char.IsUpper(first[0]) || !_heading.SafeIsMatch(text) || document.IsBackMatter(line.Start)) continue;
                heading = Evidence.FromLine(line, Id);
                break;
            }
        }
        if (heading is null) return found;
        var plot = FindPlot(document);
        if (plot < 0) return found;
        found.Add(heading);
        var figure = document.Floats.FirstOrDefault(f => f.Kind == FloatKind.Figure && f.Page == document.Lines[plot].Page && f.Span.Length > 0);
        if (figure is not null) found.Add(Evidence.FromSpan(document, figure.Span, Id));
        return found;
    }

    /// <summary>The first line of a run of axis ticks in the paper's own text, or -1.</summary>
    private int FindPlot(PaperDocument document)
    {
        var lines = document.Lines;
        var numeric = new bool[lines.Count];
        var decimals = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Text;
            if (t.Length > 60 || !NumericLine.IsMatch(t)) continue;
            numeric[i] = true;
            decimals[i] = t.Contains('.');
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (!numeric[i] || document.IsBackMatter(lines[i].Start)) continue;
            int ticks = 0, withDecimal = 0;
            for (var j = i; j < lines.Count && j < i + _window; j++)
            {
                if (!numeric[j]) continue;
                ticks++;
                if (decimals[j]) withDecimal++;
            }
            if (ticks >= _minTicks && withDecimal >= 2) return i;
        }
        return -1;
    }
}
