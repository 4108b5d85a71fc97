using RuleEngine.Comparison.Import;
using RuleEngine.TestSupport;

namespace RuleEngine.Comparison.Tests;

/// <summary>The published per-paper Markdown format (seed file), including several papers in one file.</summary>
public sealed class SeedTableTests
{
    private const string Seed = """
        Notice: The reproducibility variables underlying each score are classified using an automated LLM-based pipeline.
        TLDR: Token-Level Detective Reward Model for Large Vision Language Models
        Authors: Deqing Fu, Tong Xiao
        ICLR 2025 | Venue PDF | LLM Run Details
        | Reproducibility Variable | Result | LLM Response |
        |---|---|---|
        | Research Type | Experimental | 5 EXPERIMENTS 5.1 TRAINING TLDR MODELS Evaluation. |
        | Researcher Affiliation | Collaboration | 1Meta 2University of Southern California |
        | Pseudocode | No | The paper describes the model architecture using equations. |
        """;

    private static readonly string[] SeedVerdicts = ["Experimental", "Collaboration", "No", "No", "Yes", "Yes", "Yes", "No", "Yes"];

    [CorpusFact]
    public void The_seed_file_imports_with_its_title_and_nine_verdicts()
    {
        var path = Path.Combine(RepoPaths.Shared, "seeds", "tldr-iclr2025-llm-verdicts.txt");

        var imported = VerdictImporter.Read(path);

        var paper = Assert.Single(imported.Papers);
        Assert.Equal("tldr-iclr2025-llm-verdicts", paper.PaperId);
        Assert.Equal("TLDR: Token-Level Detective Reward Model for Large Vision Language Models", paper.Title);
        Assert.Equal(VariableNames.BuiltIn.Select(v => v.Key), paper.Variables.Keys);
        Assert.Equal(SeedVerdicts, paper.Variables.Values.Select(v => v.Verdict));
        Assert.StartsWith("Deqing Fu1,2 Tong Xiao1", paper.Variables["ResearcherAffiliation"].Evidence.Single().Quote);
    }

    [Fact]
    public void Several_papers_in_one_file_are_separated_by_their_title_lines()
    {
        var second = Seed.Replace("TLDR: Token-Level Detective Reward Model for Large Vision Language Models", "Another Paper About Graphs")
            .Replace("| Research Type | Experimental |", "| Research Type | Theoretical |");

        var imported = MarkdownTableImporter.Parse((Seed + "\n\n" + second).Split('\n'), "several", "gemini");

        Assert.Equal(["TLDR: Token-Level Detective Reward Model for Large Vision Language Models", "Another Paper About Graphs"], imported.Papers.Select(p => p.Title));
        Assert.Equal(["tldr-token-level-detective-reward-model-for-large-vision-language-models", "another-paper-about-graphs"], imported.Papers.Select(p => p.PaperId));
        Assert.Equal(["Experimental", "Theoretical"], imported.Papers.Select(p => p.Variables["ResearchType"].Verdict));
    }

    [Fact]
    public void A_heading_names_the_paper_and_a_backticked_pdf_gives_its_id()
    {
        var text = "## Some Title\n\n`vaswani2017attention.pdf`\n\n" + string.Join('\n', Seed.Split('\n').Skip(4));

        var paper = MarkdownTableImporter.Parse(text.Split('\n'), "file", "x").Papers.Single();

        Assert.Equal(("vaswani2017attention", "Some Title"), (paper.PaperId, paper.Title));
    }

    [Fact]
    public void An_unknown_row_is_skipped_with_a_warning()
    {
        var imported = MarkdownTableImporter.Parse((Seed + "\n| Carbon Footprint | Yes | x |").Split('\n'), "f", "x");

        Assert.Contains(imported.Warnings, w => w.Contains("Carbon Footprint"));
        Assert.Equal(3, imported.Papers.Single().Variables.Count);
    }
}
