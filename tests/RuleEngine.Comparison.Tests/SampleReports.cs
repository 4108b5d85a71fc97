using RuleEngine.Engine.Reporting;
using RuleEngine.Reports;
using RuleEngine.Sdk;

namespace RuleEngine.Comparison.Tests;

/// <summary>Engine reports built by hand, and the report context the writers need.</summary>
internal static class SampleReports
{
    private static readonly string[] Keys = ["ResearchType", "ResearcherAffiliation", "Pseudocode", "OpenSourceCode", "OpenDatasets", "DatasetSplits", "HardwareSpecification", "SoftwareDependencies", "ExperimentSetup"];
    private static readonly string[] Titles = ["Research Type", "Researcher Affiliation", "Pseudocode", "Open Source Code", "Open Datasets", "Dataset Splits", "Hardware Specification", "Software Dependencies", "Experiment Setup"];

    public static ReportContext Context { get; } = new(
        Keys.Select((k, i) => new VariableDescriptor($"RV000{i + 1}", k, Titles[i], RuleCategories.Reproducibility,
            i == 0 ? [Verdicts.Experimental, Verdicts.Theoretical] : i == 1 ? [Verdicts.Academia, Verdicts.Industry, Verdicts.Collaboration] : Verdicts.YesNo, "d")).ToList(),
        [], "0.1.0");

    /// <summary>A report with the nine verdicts given, in order; every second verdict gets a quote.</summary>
    public static PaperReport Paper(string file, string? title, params string[] verdicts) => new()
    {
        Paper = new PaperInfo(file, "sha", 9, title),
        Variables = verdicts.Select((v, i) => new VariableResult
        {
            Id = $"RV000{i + 1}",
            Variable = Keys[i],
            Name = Titles[i],
            Verdict = v,
            Confidence = 0.9,
            Evidence = i % 2 == 0 ? [new EvidenceEntry($"Quote for {Keys[i]} with a | pipe and \"inner quotes\"", i + 1, $"RV000{i + 1}.rule")] : [],
            Rationale = $"looked for {Keys[i]} * evidence",
        }).ToList(),
    };

    public static string Markdown(params PaperReport[] reports) => Write(reports, o => new MarkdownReportWriter(o, Context));

    public static string Json(params PaperReport[] reports) => Write(reports, o => new JsonReportWriter(o, Context));

    public static string JsonLines(params PaperReport[] reports) => Write(reports, o => ReportWriterFactory.Create("jsonl", o, Context));

    private static string Write(PaperReport[] reports, Func<TextWriter, IReportWriter> create)
    {
        var output = new StringWriter();
        var writer = create(output);
        foreach (var r in reports) writer.Add(r);
        writer.Complete();
        return output.ToString();
    }
}
