using RuleEngine.Document.Building;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Llm.Tests;

/// <summary>A small paper and heuristic reports over it.</summary>
public static class TestPapers
{
    public const string CodeSentence = "Our code is available at https://github.com/example/tool for anyone to use.";
    public const string HardwareSentence = "All experiments ran on a single NVIDIA A100 GPU with 40 GB of memory.";

    /// <summary>The test paper; <paramref name="planted"/>, when given, stands on its own line in the experiments after the first sentence.</summary>
    public static PaperDocument Paper(string? planted = null) => PaperDocumentBuilder.FromText($"""
        A Tool for Testing
        Jane Doe, University of Somewhere

        1 Introduction
        We study a problem and propose a method. {CodeSentence}
        <<<PAGE>>>
        4 Experiments
        We evaluate on three benchmarks. {(planted is null ? "" : planted + "\n")}{HardwareSentence} Training takes two hours.
        """, "test-paper.pdf");

    public static VariableResult Result(string id, string key, string verdict, double confidence, params EvidenceEntry[] evidence) => new()
    {
        Id = id,
        Variable = key,
        Name = key,
        Verdict = verdict,
        Confidence = confidence,
        Evidence = evidence,
        Rationale = "heuristic rationale",
    };

    public static PaperReport Report(params VariableResult[] results) => new()
    {
        Paper = new PaperInfo("test-paper.pdf", "", 2, "A Tool for Testing"),
        Variables = results,
    };

    /// <summary>The model's JSON answer.</summary>
    public static string Answer(string verdict, string reason = "because", params (string Quote, int Page)[] quotes) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            verdict,
            quotes = quotes.Select(q => new { quote = q.Quote, page = q.Page }),
            reason,
        });
}
