namespace RuleEngine.Sdk.Pieces;

/// <summary>The typed spans the SDK marks in every sentence, once, for all detectors to build constructions on.</summary>
public enum PieceKind
{
    /// <summary>An integer or decimal, in digits or words: "5,000", "1e-3", "10^4", "60k", "twenty".</summary>
    Number,

    /// <summary>A percentage: "80%", "80 %", "80 percent". <see cref="Piece.Value"/> is the fraction (0.8).</summary>
    Percentage,

    /// <summary>A fraction in digits or words: "1/6", "half", "a third", "two thirds", "one quarter".</summary>
    Fraction,

    /// <summary>A list of proportions: "70/20/10", "7:2:1", "0.75/0.05/0.2", "[0.7, 0.2, 0.1]", "90/10".</summary>
    RatioList,

    /// <summary>A set of values: "{2, 4, 8}", "{0.1, 1, 10}".</summary>
    ValueSet,

    /// <summary>A range of values: "from 2 to 20", "between 0.1 and 1", "in [0, 1]".</summary>
    ValueRange,

    /// <summary>A citation: "[12]", "[3, 5–7]", "(Smith et al., 2019)", "Smith et al. (2019)", "Smith and Lee (2019)".</summary>
    Citation,

    /// <summary>A URL or DOI: "https://…", "www.…", "doi:10.…".</summary>
    Url,

    /// <summary>A version string: "v2.1", "5.60", "R2014a", "ver. 7.1.0.12", "version 3.2".</summary>
    Version,

    /// <summary>A numbered label: "Theorem 3", "Figure 2", "Table 1", "Section 4.2", "Eq. (5)", a bare "(4)" — numbers that are names, not quantities.</summary>
    Label,
    /// <summary>A slash list of counts that is not a proportion: "40,000/10,000", "141,397/46,769/84,968" — sizes
    /// listed against a slash list of names ("training/validation/test").</summary>
    CountList,
}
