namespace RuleEngine.Document.Structure;

/// <summary>How a heading is numbered.</summary>
public enum HeadingNumbering
{
    /// <summary>"Abstract", "References": a known name with no number.</summary>
    None,

    /// <summary>"3 Experiments", "3.2 Setup", "1. Introduction".</summary>
    Numeric,

    /// <summary>"IV. RESULTS".</summary>
    Roman,

    /// <summary>"A Proofs", "A.1 Lemmas", "B. Details" (appendix style).</summary>
    Letter,

    /// <summary>"Appendix", "Appendix A: Proofs".</summary>
    Appendix,
}

/// <summary>
/// What the text of a line says about it being a heading, before context is considered.
/// </summary>
/// <param name="Text">The heading as printed (for a run-in heading only the heading part, e.g. "Abstract").</param>
/// <param name="Title">The heading without its number ("Experiments").</param>
/// <param name="Numbering">Numbering style.</param>
/// <param name="Number">Numeric parts ("3.2" → [3, 2]); for lettered headings the letter's position (A=1) then the sub-numbers; roman → its value.</param>
/// <param name="IsKnownName">The title is a standard section name ("Introduction", "References").</param>
/// <param name="IsStrongName">A standard name safe to accept without font cues (Abstract, References, Appendix…).</param>
/// <param name="IsRunIn">The heading starts a paragraph of text on the same line ("Abstract—We …").</param>
/// <param name="NeedsFontCue">The title ends in "." or ":" or reads like a sentence: a heading only when its font sets it apart.</param>
public sealed record HeadingMatch(
    string Text,
    string Title,
    HeadingNumbering Numbering,
    IReadOnlyList<int> Number,
    bool IsKnownName,
    bool IsStrongName,
    bool IsRunIn = false,
    bool NeedsFontCue = false)
{
    /// <summary>Depth of the numbering: "3" → 1, "3.2" → 2; 0 when unnumbered.</summary>
    public int Depth => Number.Count;
}
