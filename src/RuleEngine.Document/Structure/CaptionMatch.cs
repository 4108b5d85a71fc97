using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>A caption's label as found at the start of a line.</summary>
/// <param name="Kind">Float kind.</param>
/// <param name="Label">Label as printed ("Table 3", "Fig. 2", "Algorithm 1").</param>
/// <param name="Strong">The label is followed by caption punctuation (":", "|", "—"), which running text never has.</param>
public sealed record CaptionMatch(FloatKind Kind, string Label, bool Strong);
