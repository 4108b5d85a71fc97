using RuleEngine.Comparison.Import;
using RuleEngine.TestSupport;

namespace RuleEngine.Comparison.Tests;

/// <summary>The published raw JSON with a key map (codes as in corpus/llm/README.md).</summary>
public sealed class RawImportTests
{
    private const string Raw = """
        {
          "paper_one__abc": {
            "research_type": {"result": 1, "paper_text": "We prove a bound."},
            "affiliation": {"result": 2, "paper_text": "Google Research"},
            "pseudocode": {"result": 1, "paper_text": "Algorithm 1"},
            "open_source_code": {"result": 0, "paper_text": "No link."},
            "train": {"result": 1, "paper_text": "MNIST"},
            "validation": {"result": 0, "paper_text": ""},
            "hardware_specification": {"result": 1, "paper_text": "one GPU"},
            "software_dependencies": {"result": 0, "paper_text": "none"},
            "experiment_setup": {"result": 1, "paper_text": "lr 0.1"},
            "hypothesis": {"result": 1, "paper_text": "outside our nine"},
            "cost": 0.01
          },
          "paper_two__def": { "affiliation": {"result": 1, "paper_text": "x"}, "research_type": {"result": 0, "paper_text": "y"} },
          "not_in_map__ghi": { "research_type": {"result": 0, "paper_text": "z"} }
        }
        """;

    [Fact]
    public void Raw_codes_map_to_our_verdicts_and_unmapped_papers_are_skipped()
    {
        using var files = new TempFiles();
        var raw = files.Write("model-x.raw.json", Raw);
        var map = KeyMap.Load(files.Write("map.tsv", "one2020\tpaper_one__abc\tICML/2020\ntwo2021\tpaper_two__def\tAAAI/2021\n"));

        var imported = VerdictImporter.Read(raw, map);

        Assert.Equal("model-x", imported.Label);
        Assert.Equal(["one2020", "two2021"], imported.Papers.Select(p => p.PaperId));
        var one = imported.Papers[0].Variables;
        Assert.Equal(["Theoretical", "Industry", "Yes", "No", "Yes", "No", "Yes", "No", "Yes"], VariableNames.BuiltIn.Select(v => one[v.Key].Verdict));
        Assert.Equal("Google Research", one["ResearcherAffiliation"].Evidence.Single().Quote);
        Assert.Empty(one["DatasetSplits"].Evidence);
        Assert.Equal(("Collaboration", "Experimental"), (imported.Papers[1].Variables["ResearcherAffiliation"].Verdict, imported.Papers[1].Variables["ResearchType"].Verdict));
        Assert.Contains(imported.Warnings, w => w.Contains("1 paper(s) not in the key map"));
    }

    [Fact]
    public void The_raw_format_without_a_key_map_is_refused_with_a_hint()
    {
        using var files = new TempFiles();
        var e = Assert.Throws<FormatException>(() => VerdictImporter.Read(files.Write("x.raw.json", Raw)));
        Assert.Contains("--key-map", e.Message);
    }

    [CorpusFact]
    public void The_published_gemini_file_imports_for_every_key_map_paper()
    {
        var llm = Path.Combine(RepoPaths.Shared, "corpus", "llm");

        var imported = VerdictImporter.Read(Path.Combine(llm, "gemini-2.5-flash.raw.json"), KeyMap.Load(Path.Combine(llm, "raw-key-map.tsv")));

        Assert.Equal("gemini-2.5-flash", imported.Label);
        Assert.Equal(173, imported.Papers.Count);
        Assert.All(imported.Papers, p => Assert.Equal(9, p.Variables.Count));
        Assert.All(imported.Papers, p => Assert.True(File.Exists(RepoPaths.CorpusPdf(p.PaperId)), p.PaperId));
        Assert.Equal("Experimental", imported.Papers.Single(p => p.PaperId == "chen2024routerdc").Variables["ResearchType"].Verdict);
    }

    [CorpusFact]
    public void The_converted_jsonl_gives_the_same_verdicts_as_the_raw_file()
    {
        var llm = Path.Combine(RepoPaths.Shared, "corpus", "llm");
        var raw = VerdictImporter.Read(Path.Combine(llm, "gemini-2.5-flash.raw.json"), KeyMap.Load(Path.Combine(llm, "raw-key-map.tsv")));

        var jsonl = VerdictImporter.Read(Path.Combine(llm, "gemini-2.5-flash.jsonl"));

        Assert.Equal("gemini-2.5-flash", jsonl.Label);
        var byId = jsonl.Papers.ToDictionary(p => p.PaperId);
        Assert.All(raw.Papers, p => Assert.Equal(
            p.Variables.OrderBy(v => v.Key).Select(v => (v.Key, v.Value.Verdict)),
            byId[p.PaperId].Variables.OrderBy(v => v.Key).Select(v => (v.Key, v.Value.Verdict))));
    }

    [Fact]
    public void Terminal_escapes_and_control_characters_in_imported_evidence_are_removed()
    {
        using var files = new TempFiles();
        var raw = files.Write("model-y.raw.json", """
            { "paper_one__abc": { "pseudocode": {"result": 1, "paper_text": "Algorithm 1\u001b[2J\u001b]0;pwned\u0007 SGS\u202e"} } }
            """);
        var map = KeyMap.Load(files.Write("map.tsv", "one2020\tpaper_one__abc\tICML/2020\n"));

        var quote = VerdictImporter.Read(raw, map).Papers.Single().Variables["Pseudocode"].Evidence.Single().Quote;

        Assert.Equal("Algorithm 1 SGS", quote);
    }
}
