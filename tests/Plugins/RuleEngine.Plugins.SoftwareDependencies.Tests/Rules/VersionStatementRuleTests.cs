using RuleEngine.Testing;

namespace RuleEngine.Plugins.SoftwareDependencies.Tests.Rules;

/// <summary>RV0008.version-statement: "X version 3.5" of a tool not in the lexicon; never models, languages or OSes.</summary>
public sealed class VersionStatementRuleTests
{
    [Theory]
    [InlineData("We used Qwerty version 3.5 to index and retrieve the collections.")]
    [InlineData("For the metric we used the official implementation v3.0.0 of the scorer.")]
    // software outside the lexicon, recognised by a descriptor next to the name and version
    [InlineData("We used the APPL-0.95 software package to implement the PGVI algorithm.")]
    [InlineData("We use the package MPI-LIBLINEAR 1.96.2 for the distributed runs.")]
    [InlineData("Our agent plays against GNU Go 3.8 program at level 10.")]
    [InlineData("The opponent is the Fuego engine 1.1 with 10,000 playouts per move.")]
    [InlineData("The version of Hadoop we use is 1.0.3.")]
    [InlineData("Models are solved with the FooOpt optimization engine 5.60.")]
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
    [InlineData("The solver 2.1 in Section 3 converges faster.")]
    [InlineData("We compare with the method of Table 2.1 package sizes.")]
    [InlineData("The simulator runs 2.5 times faster than real time.")]
    [InlineData("Our engine 3.4 × faster than the baseline engine.")]
    [InlineData("We use the Julia programming language (version 0.4.2).")]
    // results-table rows: capitalised headers and runs of numbers are not versions
    [InlineData("IJCNN1 Speedup Solver Total 4669.14 - SSNSV 2.08 Solver+SSNSV Init.")]
    [InlineData("Data Set PIE MNIST Yahoo Stock Solver 2395.54 2968.87 3075.09 Prep.")]
    [InlineData("elasticsearch 485915b REST Search Engine 27.8 gradle 8263603 Build System 30.7")]
    public void ModelsDatasetsAndNumbers_AreNo(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
