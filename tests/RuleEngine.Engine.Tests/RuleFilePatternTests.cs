using System.Diagnostics;
using System.Text.RegularExpressions;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;

namespace RuleEngine.Engine.Tests;

/// <summary>
/// Rule-file patterns and .NET 10's compiled regex engine: a lazy bounded loop over a group
/// (<c>(?:\w+\s+){0,3}?</c>) can backtrack without end there (dotnet/runtime#133429). The shipped rule
/// files avoid it, and a third-party file that uses it is interpreted instead of hanging.
/// </summary>
public sealed class RuleFilePatternTests
{
    private const string LazyFiller = @"\b(?:validation|test)\s+sets?\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:shared\s+task|challenge)\b";

    [Theory]
    [InlineData(@"(?:\w+\s+){0,3}?x", true)]
    [InlineData(@"(a|b){1,2}?", true)]
    [InlineData(@"(?:\w+\s+){0,3}x", false)]
    [InlineData(@"[^.]{0,80}?x", false)]
    [InlineData(@"\){0,3}?", false)]
    public void Lazy_bounded_group_loops_are_recognised(string pattern, bool expected) =>
        Assert.Equal(expected, RuleSet.HasLazyBoundedGroupLoop(pattern));

    [Fact]
    public void A_pattern_with_a_lazy_bounded_group_loop_is_interpreted_and_does_not_hang()
    {
        var regex = RuleSet.Compile([LazyFiller], compiled: true);

        Assert.False(regex.Options.HasFlag(RegexOptions.Compiled));
        var sentence = string.Join(" ", Enumerable.Repeat("training set of the original GSM8K or MATH datasets; (iv) rejection sampling of answers", 4));
        var clock = Stopwatch.StartNew();
        Assert.False(regex.IsMatch(sentence));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(regex.IsMatch("we report results on the test set of the SemEval 2017 shared task"));
    }

    [Fact]
    public void Patterns_without_the_construct_are_compiled_when_asked() =>
        Assert.True(RuleSet.Compile([@"\bsplit\s+(?:\w+\s+){0,3}into\b"], compiled: true).Options.HasFlag(RegexOptions.Compiled));

    [Fact]
    public void Patterns_are_interpreted_by_default() =>
        Assert.False(RuleSet.Compile([@"\bsplit\s+(?:\w+\s+){0,3}into\b"]).Options.HasFlag(RegexOptions.Compiled));

    [Fact]
    public void Shipped_rule_files_use_greedy_bounded_loops_so_they_stay_compiled()
    {
        var offenders = Directory.EnumerateFiles(RepoPaths.Rules, "RV*.json")
            .SelectMany(file => RuleSet.Load(file).Rules.Values.SelectMany(r => r.Patterns.Select((p, i) => (Rule: r.Id, Index: i, Pattern: p))))
            .Where(p => RuleSet.HasLazyBoundedGroupLoop(p.Pattern))
            .Select(p => $"{p.Rule}[{p.Index}]")
            .ToList();

        Assert.Empty(offenders);
    }
}
