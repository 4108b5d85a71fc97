using RuleEngine.Comparison.Analysis;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Tests;

public sealed class ComparisonBuilderTests
{
    private static PaperVerdicts Paper(string id, string code, string? title = null) => new(id, title, new Dictionary<string, VariableVerdict>
    {
        ["OpenSourceCode"] = new("OpenSourceCode", code, [new EvidenceEntry($"{id} code quote", 2, "r")], "why", 0.7, VerdictSources.Heuristic),
    });

    private static readonly VerdictCollection Heuristic = new("heuristic", [Paper("a", "Yes"), Paper("b", "Yes"), Paper("c", "No"), Paper("d", "No"), Paper("only-h", "No")]);
    private static readonly VerdictCollection Llm = new("gemini", [Paper("a", "Yes"), Paper("b", "No"), Paper("c", "No"), Paper("d", "No"), Paper("only-l", "Yes")]);

    [Fact]
    public void Agreement_kappa_and_confusion_per_variable()
    {
        var result = ComparisonBuilder.Build(Heuristic, Llm);

        Assert.Equal(4, result.Papers);
        var code = Assert.Single(result.Agreements);
        Assert.Equal(("OpenSourceCode", 4, 0.75, 1), (code.Variable, code.Papers, code.Agreement, code.Disagreements));
        Assert.Equal(0.5, code.Kappa, 3);
        Assert.Equal(["No", "Yes"], code.Score.Labels);
        Assert.Equal([[2, 0], [1, 1]], code.Score.Confusion);
        Assert.Equal(["only-h"], result.OnlyHeuristic);
        Assert.Equal(["only-l"], result.OnlyLlm);
    }

    [Fact]
    public void Disagreements_carry_both_sides_evidence()
    {
        var d = Assert.Single(ComparisonBuilder.Build(Heuristic, Llm).Disagreements);

        Assert.Equal(("b", "OpenSourceCode", "Yes", "No"), (d.PaperId, d.Variable, d.Heuristic.Verdict, d.Llm.Verdict));
        Assert.Equal("b code quote", d.Heuristic.Evidence.Single().Quote);
    }

    [Fact]
    public void With_gold_each_side_is_scored_on_the_papers_both_cover()
    {
        var gold = GoldStandard.Parse(["id\tOpenSourceCode", "a\tYes", "b\tNo", "c\tYes", "only-h\tNo"]);

        var result = ComparisonBuilder.Build(Heuristic, Llm, gold);

        var tally = Assert.Single(result.Gold!);
        Assert.Equal((3, 1, 2, 1, 1), (tally.Papers, tally.HeuristicRight, tally.LlmRight, tally.BothRight, tally.NeitherRight));
        Assert.Equal((0, 1), (tally.OnlyHeuristicRight, tally.OnlyLlmRight));
        Assert.Equal(3, result.GoldPapers);
        Assert.Equal("No", result.Disagreements.Single().Gold);
    }

    [Fact]
    public void Papers_without_a_common_id_are_matched_by_title()
    {
        var heuristic = new VerdictCollection("h", [Paper("fu2025tldr", "No", "TLDR: Token-Level Detective Reward Model")]);
        var llm = new VerdictCollection("l", [Paper("tldr-seed", "No", "TLDR: Token-Level  Detective Reward Model")]);

        Assert.Equal(1, ComparisonBuilder.Build(heuristic, llm).Papers);
    }
}
