using RuleEngine.Sdk;

namespace RuleEngine.Plugins.Pseudocode;

/// <summary>The descriptors of RV0003 (Pseudocode): the variable and each of its rules (IDs are stable).</summary>
public static class PseudocodeDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0003",
        key: "Pseudocode",
        title: "Pseudocode",
        category: RuleCategories.Artefacts,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper contains a structured, step-by-step algorithm block (an "Algorithm N" float, a procedure, numbered code-like steps or a code listing) in the main text or appendix.""");

    /// <summary>A float captioned "Algorithm N", "Procedure", "Pseudocode".</summary>
    public static readonly RuleDescriptor AlgorithmFloat = new(
        "RV0003.algorithm-float",
        "Algorithm float",
        "A float captioned \"Algorithm N …\", \"Procedure …\" or \"Pseudocode …\" (found by the document builder, or a caption-shaped line followed by algorithmic lines); captions that cite someone else's algorithm (\"Algorithm 1 of [12]\") do not count.");

    /// <summary>Lines laid out like an algorithm: numbered lines, Input:/Output:/Require:/Ensure:, for/while/repeat/until/return/end.</summary>
    public static readonly RuleDescriptor AlgorithmicLines = new(
        "RV0003.algorithmic-lines",
        "Algorithmic layout",
        "A cluster of lines laid out like pseudocode: numbered lines (\"1:\", \"2:\"), Input:/Output:/Require:/Ensure: headers, and control-flow lines (for … do, while … do, if … then, repeat, until, return, end for).");

    /// <summary>A set-apart list of numbered steps presented as an algorithm or procedure.</summary>
    public static readonly RuleDescriptor NumberedSteps = new(
        "RV0003.numbered-steps",
        "Numbered algorithm steps",
        "A set-apart list of numbered steps (\"Step 1:\", \"1.\", \"(1)\") introduced as an algorithm or procedure, or with control flow (repeat, until, return, go to step). Prose paragraphs that merely carry \"Step I … Step IV\" headings do not count.");

    /// <summary>A code listing: a "Listing N" caption or lines of program code.</summary>
    public static readonly RuleDescriptor CodeListing = new(
        "RV0003.code-listing",
        "Code listing",
        "A listing of the procedure in a programming language: a \"Listing N\" caption, or a cluster of code lines (def/class/import, assignments with calls, for … in …:, return).");

    /// <summary>A sentence pointing to the paper's own algorithm block ("Algorithm 1 gives the pseudocode").</summary>
    public static readonly RuleDescriptor AlgorithmReference = new(
        "RV0003.algorithm-reference",
        "Reference to the paper's algorithm block",
        "A body sentence refers to the paper's own algorithm block or pseudocode (\"shown in Algorithm 1\", \"the pseudo-code is summarized in Algorithm 2\"); references to others' algorithms (\"Algorithm 1 of [12]\", \"line 5 of Algorithm 2 in [3]\") do not count.");
}
