using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.Pseudocode.Rules;

/// <summary>
/// RV0003.algorithmic-lines: a cluster of lines laid out like pseudocode (numbered lines, Input:/Output:
/// headers, control flow) within a window of lines, whether or not a caption was found.
/// </summary>
internal sealed class AlgorithmicLinesRule(RuleSet rules)
{
    public const string Id = "RV0003.algorithmic-lines";

    private readonly bool _enabled = rules.IsEnabled(Id);
    private readonly int _window = (int)rules.Setting("clusterWindow", 25);
    private readonly int _minLines = (int)rules.Setting("clusterMinLines", 5);
    private readonly int _minStrong = (int)rules.Setting("clusterMinStrongLines", 2);

    /// <summary>Clusters found anywhere in the paper, back matter included: the best line of each as evidence and the cluster's size.</summary>
    public List<(Evidence Evidence, int Size)> Find(PaperDocument document, PseudocodeLineClassifier classifier)
    {
        var found = new List<(Evidence, int)>();
        if (!_enabled) return found;
        var lines = document.Lines;
        var kinds = new PseudocodeLineKind[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            kinds[i] = classifier.Classify(lines[i].Text);

        var iStart = 0;
        while (iStart < lines.Count)
        {
            if (kinds[iStart] == PseudocodeLineKind.None) { iStart++; continue; }
            int total = 0, strong = 0, last = iStart, best = -1;
            var union = PseudocodeLineKind.None;
            for (var j = iStart; j < lines.Count && j < iStart + _window; j++)
            {
                if (kinds[j] == PseudocodeLineKind.None) continue;
                total++;
                union |= kinds[j];
                last = j;
                if (PseudocodeLineClassifier.IsStrong(kinds[j]))
                {
                    strong++;
                    if (best < 0 || (kinds[j] & PseudocodeLineKind.Header) != 0 && (kinds[best] & PseudocodeLineKind.Header) == 0) best = j;
                }
            }
            var distinct = System.Numerics.BitOperations.PopCount((uint)union);
            if (total >= _minLines && strong >= _minStrong && distinct >= 2 && best >= 0)
            {
                found.Add((Evidence.FromLine(lines[best], Id), total));
                iStart = last + 1;
            }
            else
            {
                iStart++;
            }
        }
        return found;
    }
}
