using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Plugins.DatasetSplits.Rules;

/// <summary>
/// RV0006.standard-split: a predefined split with a citation, provided split files, or a named split of a
/// well-known benchmark ("the ImageNet 2014 validation set", "the test set of CIFAR-10"), or a split scheme
/// followed from a citation (<see cref="CitedSplitScheme"/>), or the split of a data set named as a proper noun
/// outside the lexicon ("the Argoverse validation set"). A bare
/// "standard split" with nothing more specific does not fire.
/// </summary>
internal sealed partial class StandardSplitRule(RuleSet rules)
{
    public const string Id = "RV0006.standard-split";

    private readonly SentencePattern _pattern = new(rules, Id, 0.88);
    private readonly Regex _benchmarks = rules.LexiconPattern("benchmarks", caseSensitive: true);
    private readonly Regex? _splitWords = rules.ExtraPattern(Id, "benchmarkSplitWords");
    private readonly double _benchmarkScore = rules.Setting("benchmarkSplitScore", 0.88);
    private readonly CitedSplitScheme _citedScheme = new(rules, Id);
    private readonly Regex? _namedSource = rules.ExtraPattern(Id, "namedSourceSplit");
    private readonly IReadOnlySet<string> _notOwners = rules.LexiconWords("notSplitOwners");

    public SplitFinding? Inspect(Sentence sentence, SentencePieces pieces)
    {
        if (_pattern.Inspect(sentence) is { } finding) return finding;
        if (_namedSource?.Match(sentence.Text) is { Success: true } named)
            return new SplitFinding(_pattern.Weight, Evidence.FromMatch(sentence, named.Index, named.Length, Id), named.Value);
        if (_citedScheme.Find(sentence, pieces) is { } scheme)
            return new SplitFinding(_pattern.Weight, Evidence.FromMatch(sentence, scheme.Index, scheme.Length, Id), scheme.Value);
        if (!_pattern.IsEnabled || _splitWords is null) return null;
        var text = sentence.Text;
        if (text.Length > 3000) text = text[..3000];
        foreach (Match split in _splitWords.Matches(text))
        {
            // The benchmark name must stand right before the split ("ImageNet 2014 validation set") or right after it ("test set of CIFAR-10").
            var before = text[Math.Max(0, split.Index - 40)..split.Index];
            var after = text[(split.Index + split.Length)..Math.Min(text.Length, split.Index + split.Length + 40)];
            var name = _benchmarks.Match(before);
            var nameAfter = Regex.Match(after, @"^\s+(?:of|from|in)\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if ((name.Success && name.Index + name.Length >= before.Length - 14) || (nameAfter.Success && _benchmarks.Match(after, nameAfter.Length) is { Success: true } n2 && n2.Index == nameAfter.Length))
                return new SplitFinding(_benchmarkScore, Evidence.FromMatch(sentence, split.Index, split.Length, Id), split.Value);
            // "on the Argoverse validation set": a proper name of a data set, outside the lexicon, owning the split.
            if (NamedOwner().Match(before) is { Success: true } owner && !_notOwners.Contains(owner.Groups["name"].Value.ToLowerInvariant()))
            {
                var start = split.Index - (before.Length - owner.Groups["name"].Index);
                return new SplitFinding(_benchmarkScore - 0.03, Evidence.FromMatch(sentence, start, split.Index + split.Length - start, Id), text[start..(split.Index + split.Length)]);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\bthe\s+(?<name>\p{Lu}[\w\-]*(?:\s+[\p{Lu}\d][\w\-]*)?)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedOwner();
}
