using System.Text.RegularExpressions;

namespace RuleEngine.Sdk.Tests.Rules;

/// <summary>The lexicon finder's candidate filter never changes a match of the lexicon's regex (#13).</summary>
public sealed class LexiconFinderTests
{
    private static RuleSet Rules() => new("RV9999", new Dictionary<string, RuleData>(),
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["names"] = ["MNIST", "CIFAR-10", "Penn Treebank", "Go"],
            ["cues"] = ["experiment", "we evaluate", "baseline"],
            ["accented"] = ["Ménage"],
        }, new Dictionary<string, double>());

    public static TheoryData<string> Texts =>
    [
        "",
        "We evaluate on MNIST and CIFAR-10.",
        "xMNIST is no word; MNISTs neither; -MNIST is excluded by the lookbehind, MNIST counts.",
        "Go, Penn  Treebank, Penn Treebank.",
        "The EXPERIMENTS show a Baseline.",
        "An experiment with the \u212Aelvin sign: bas\u212Aline is no k but the regex folds it \u2014 \u212A",
        "We evaluate \u212Ainds of baselines.",
        "Nothing to see here: 12.5% of ménage and MÉNAGE.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Matches_are_the_regex_matches(string text)
    {
        var rules = Rules();
        foreach (var (name, caseSensitive) in new[] { ("names", true), ("names", false), ("cues", false), ("cues", true), ("accented", false) })
        {
            var regex = rules.LexiconPattern(name, caseSensitive);
            var finder = rules.LexiconFinder(name, caseSensitive);
            Assert.Same(regex, finder.Pattern);
            Assert.Equal(regex.IsMatch(text), finder.IsMatch(text));
            Assert.Equal(regex.IsMatch(text), finder.SafeIsMatch(text));
            Assert.Equal(Spans(regex.Matches(text)), Spans(finder.Matches(text)));
            var (a, b) = (regex.Match(text), finder.Match(text));
            Assert.Equal((a.Success, a.Index, a.Length), (b.Success, b.Index, b.Length));
            if (a.Success) Assert.Equal(a.NextMatch().Index, b.NextMatch().Index);
        }
    }

    [Fact]
    public void A_sentence_without_any_term_is_no_candidate()
    {
        var finder = Rules().LexiconFinder("cues");
        Assert.False(finder.IsCandidate("The proof of Lemma 3 is in the appendix."));
        Assert.True(finder.IsCandidate("An EXPERIMENTAL result."));
    }

    private static List<(int, int)> Spans(IEnumerable<Match> matches) => matches.Select(m => (m.Index, m.Length)).ToList();
}
