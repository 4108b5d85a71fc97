using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>How a line looks as pseudocode.</summary>
[Flags]
internal enum PseudocodeLineKind
{
    None = 0,

    /// <summary>A numbered algorithm line ("3: for t = 1 to T do").</summary>
    Numbered = 1,

    /// <summary>A header line: Input:, Output:, Require:, Ensure:, Initialize:.</summary>
    Header = 2,

    /// <summary>A block end or loop keyword: end for, end while, end if, repeat, until.</summary>
    BlockEnd = 4,

    /// <summary>A control-flow line: for … do, while … do, if … then, else, return.</summary>
    Control = 8,
}

/// <summary>Classifies lines with the line patterns of the rule file (lexicons numberedLinePatterns, headerLinePatterns, blockEndLinePatterns, controlLinePatterns).</summary>
internal sealed class PseudocodeLineClassifier
{
    private readonly (Regex Pattern, PseudocodeLineKind Kind)[] _patterns;

    public PseudocodeLineClassifier(RuleSet rules)
    {
        var list = new List<(Regex, PseudocodeLineKind)>();
        void Add(string lexicon, PseudocodeLineKind kind)
        {
            var p = rules.Lexicon(lexicon);
            if (p.Count > 0) list.Add((new Regex("(?:" + string.Join(")|(?:", p) + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250)), kind));
        }
        Add("numberedLinePatterns", PseudocodeLineKind.Numbered);
        Add("headerLinePatterns", PseudocodeLineKind.Header);
        Add("blockEndLinePatterns", PseudocodeLineKind.BlockEnd);
        Add("controlLinePatterns", PseudocodeLineKind.Control);
        _patterns = [.. list];
    }

    public PseudocodeLineKind Classify(string line)
    {
        if (line.Length < 2 || line.Length > 200) return PseudocodeLineKind.None;
        var kind = PseudocodeLineKind.None;
        foreach (var (pattern, k) in _patterns)
            if (pattern.SafeIsMatch(line)) kind |= k;
        return kind;
    }

    /// <summary>Whether the kind is one of the strong ones (numbered line, header, block end).</summary>
    public static bool IsStrong(PseudocodeLineKind kind) => (kind & (PseudocodeLineKind.Numbered | PseudocodeLineKind.Header | PseudocodeLineKind.BlockEnd)) != 0;
}
