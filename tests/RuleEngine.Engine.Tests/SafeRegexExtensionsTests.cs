using System.Text.RegularExpressions;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Tests;

public sealed class SafeRegexExtensionsTests
{
    private static readonly Regex Version = new(@"\d+\.\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    /// <summary>Nested quantifiers on an input that almost matches: exponential backtracking, so it always times out.</summary>
    private static readonly Regex Catastrophic = new(@"^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10));

    private static readonly string Pathological = new string('a', 40) + "!";

    [Fact]
    public void Matches_like_the_regex_when_nothing_times_out()
    {
        const string text = "PyTorch 1.13 and CUDA 11.7";

        Assert.Equal("1.13", Version.SafeMatch(text).Value);
        Assert.Equal(text.IndexOf("1.13", StringComparison.Ordinal), Version.SafeMatch(text).Index);
        Assert.True(Version.SafeIsMatch(text));
        Assert.Equal(["1.13", "11.7"], Version.SafeMatches(text).Select(m => m.Value));
        Assert.False(Version.SafeIsMatch("no numbers here"));
        Assert.Empty(Version.SafeMatches("no numbers here"));
    }

    [Fact]
    public void A_ranged_match_looks_only_inside_the_range()
    {
        const string text = "PyTorch 1.13 and CUDA 11.7";
        var cuda = text.IndexOf("CUDA", StringComparison.Ordinal);

        var m = Version.SafeMatch(text, cuda, text.Length - cuda);

        Assert.Equal("11.7", m.Value);
        Assert.Equal(text.Length - 4, m.Index);
        Assert.False(Version.SafeMatch(text, 0, 8).Success);
    }

    [Fact]
    public void A_match_that_keeps_timing_out_counts_as_no_match()
    {
        Assert.Throws<RegexMatchTimeoutException>(() => Catastrophic.Match(Pathological));

        Assert.Same(Match.Empty, Catastrophic.SafeMatch(Pathological));
        Assert.Same(Match.Empty, Catastrophic.SafeMatch(Pathological, 0, Pathological.Length));
        Assert.False(Catastrophic.SafeIsMatch(Pathological));
        Assert.Empty(Catastrophic.SafeMatches(Pathological));
    }
}
