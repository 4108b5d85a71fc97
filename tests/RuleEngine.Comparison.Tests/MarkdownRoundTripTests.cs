using RuleEngine.Comparison.Import;
using RuleEngine.Comparison.Model;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Comparison.Tests;

/// <summary><c>analyze --format markdown</c> output (MarkdownReportWriter) imports back to the same verdicts.</summary>
public sealed class MarkdownRoundTripTests
{
    private static readonly PaperReport First = SampleReports.Paper("smith2020deep.pdf", "Deep Things | With a Pipe", "Experimental", "Collaboration", "Yes", "No", "Yes", "No", "Yes", "No", "Yes");
    private static readonly PaperReport Second = SampleReports.Paper("doe2019theory.pdf", null, "Theoretical", "Academia", "No", "No", "No", "No", "No", "No", "No");

    [Fact]
    public void Our_markdown_output_reimports_to_the_same_verdicts_ids_and_titles()
    {
        var markdown = SampleReports.Markdown(First, Second);

        var imported = MarkdownTableImporter.Parse(markdown.Split('\n'), "report", "heuristic");

        Assert.Empty(imported.Warnings);
        Assert.Equal(["smith2020deep", "doe2019theory"], imported.Papers.Select(p => p.PaperId));
        Assert.Equal("Deep Things | With a Pipe", imported.Papers[0].Title);
        foreach (var (report, paper) in new[] { First, Second }.Zip(imported.Papers))
            Assert.Equal(report.Variables.Select(v => (v.Variable, v.Verdict)), paper.Variables.Values.Select(v => (v.Variable, v.Verdict)));
    }

    [Fact]
    public void Quotes_pages_rationales_and_flags_survive_the_round_trip()
    {
        var flagged = First with
        {
            Variables = [.. First.Variables.Take(8), First.Variables[8] with { Flag = "evidence not found in paper text", Source = VerdictSources.Llm }],
        };

        var paper = MarkdownTableImporter.Parse(SampleReports.Markdown(flagged).Split('\n'), "report", "h").Papers.Single();

        var quote = Assert.Single(paper.Variables["ResearchType"].Evidence);
        Assert.Equal(("Quote for ResearchType with a | pipe and \"inner quotes\"", 1), (quote.Quote, quote.Page));
        Assert.Equal("looked for ResearcherAffiliation * evidence", paper.Variables["ResearcherAffiliation"].Rationale);
        Assert.Equal("evidence not found in paper text", paper.Variables["ExperimentSetup"].Flag);
        Assert.Equal(9, paper.Variables["ExperimentSetup"].Evidence.Single().Page);
    }

    [Fact]
    public void The_importer_recognises_our_markdown_from_a_file()
    {
        using var files = new TempFiles();
        var path = files.Write("report.md", SampleReports.Markdown(First, Second));

        var imported = VerdictImporter.Read(path);

        Assert.Equal(2, imported.Papers.Count);
        Assert.Equal("Experimental", imported.Papers[0].Variables["ResearchType"].Verdict);
    }

    [Fact]
    public void Json_and_json_lines_reports_import_to_the_same_verdicts()
    {
        using var files = new TempFiles();
        foreach (var path in new[] { files.Write("r.json", SampleReports.Json(First, Second)), files.Write("r.jsonl", SampleReports.JsonLines(First, Second)), files.Write("one.json", SampleReports.Json(First)) })
        {
            var imported = VerdictImporter.Read(path);
            Assert.Equal("smith2020deep", imported.Papers[0].PaperId);
            Assert.Equal(First.Variables.Select(v => v.Verdict), imported.Papers[0].Variables.Values.Select(v => v.Verdict));
            Assert.Equal(0.9, imported.Papers[0].Variables["Pseudocode"].Confidence);
        }
    }
}
