using RuleEngine.Testing;

namespace RuleEngine.Plugins.SoftwareDependencies.Tests.Rules;

/// <summary>RV0008.version-statement: "X version 3.5" of a tool not in the lexicon; never models, languages or OSes.</summary>
public sealed class VersionStatementRuleTests
{
    [Theory]
    [InlineData("We used Qwerty version 3.5 to index and retrieve the collections.")]
    [InlineData("For the metric we used the official implementation v3.0.0 of the scorer.")]
    public void ToolWithVersion_IsYes(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($$"""
            4 Experiments
            {|RV0008.version-statement:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We prompt GPT-3.5 and Llama 2 with the same instructions.")]
    [InlineData("We use Mistral-7B-Instruct-v0.1 as the judge.")]
    [InlineData("Results are reported in Section 3.2 and Table 4.1.")]
    [InlineData("We use MultiWOZ version 2.1 for evaluation.")]
    public void ModelsDatasetsAndNumbers_AreNo(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
