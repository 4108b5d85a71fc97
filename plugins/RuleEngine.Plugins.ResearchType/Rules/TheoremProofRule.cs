using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.ResearchType.Rules;

/// <summary>
/// RV0001.theorem-proof: lines that open a formal statement or a proof ("Theorem 3.", "Lemma 2 (...)",
/// "Proof.", "Corollary 1"). Counted over the paper's lines; mentions inside running prose ("by Theorem 2")
/// do not count because the pattern is anchored at the start of a line.
/// </summary>
internal sealed class TheoremProofRule
{
    public const string Id = "RV0001.theorem-proof";

    private readonly Regex? _pattern;

    public TheoremProofRule(RuleSet rules) => _pattern = rules.Pattern(Id);

    public bool IsEnabled => _pattern is not null;

    /// <summary>The number of formal statements and the first few as evidence.</summary>
    public (int Count, List<Evidence> Evidence) Find(PaperDocument document, int maxEvidence)
    {
        var evidence = new List<Evidence>();
        if (_pattern is null) return (0, evidence);
        var count = 0;
        foreach (var line in document.Lines)
        {
            if (line.Text.Length < 5 || !_pattern.SafeIsMatch(line.Text) || document.IsBackMatter(line.Start)) continue;
            count++;
            if (evidence.Count < maxEvidence) evidence.Add(Evidence.FromLine(line, Id));
        }
        return (count, evidence);
    }
}
