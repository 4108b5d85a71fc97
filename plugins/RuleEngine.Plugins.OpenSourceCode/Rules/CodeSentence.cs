using RuleEngine.Plugins.OpenSourceCode.Text;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>
/// One body sentence as the rules see it: the sentence, its text joined with the next sentence when it
/// was cut at a line end, and the URLs printed in it or linked to it.
/// </summary>
internal sealed class CodeSentence(Sentence sentence, string window, IReadOnlyList<FoundUrl> urls)
{
    public Sentence Sentence { get; } = sentence;

    /// <summary>The sentence text, continued into the next sentence when a URL or clause runs on.</summary>
    public string Window { get; } = window;

    /// <summary>URLs printed in the window or attached to the sentence by a link annotation.</summary>
    public IReadOnlyList<FoundUrl> Urls { get; } = urls;

    /// <summary>Whether the sentence is little more than a URL (a footnote such as "3 https://github.com/a/b").</summary>
    public bool IsBareUrl => Urls.Count > 0 && Sentence.Text.Length - Urls.Sum(u => Math.Min(u.Length, Sentence.Text.Length)) < 25;
}
