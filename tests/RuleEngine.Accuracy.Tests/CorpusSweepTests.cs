using Microsoft.Extensions.DependencyInjection;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Engine.Analysis;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Accuracy.Tests;

/// <summary>Every corpus PDF goes through the whole pipeline without a crash: a report, or a clear diagnostic.</summary>
public sealed class CorpusSweepTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_corpus_pdf_yields_a_report_or_a_read_diagnostic()
    {
        using var provider = EngineFactory.Create(new EngineCommandSettings { RulesDirectory = RepoPaths.Rules });
        var analyzer = provider.GetRequiredService<PaperAnalyzer>();
        var files = Directory.GetFiles(RepoPaths.CorpusPdfs, "*.pdf");

        var reports = new System.Collections.Concurrent.ConcurrentBag<Engine.Reporting.PaperReport>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => reports.Add(analyzer.AnalyzeFile(f)));

        Assert.Equal(files.Length, reports.Count);
        foreach (var failed in reports.Where(r => r.Failed))
            output.WriteLine($"{failed.Paper.File}: {string.Join("; ", failed.Diagnostics.Select(d => d.Id + " " + d.Message))}");
        Assert.All(reports.Where(r => r.Failed), r => Assert.StartsWith("RE01", r.Diagnostics[0].Id));
        // A detector over its time budget (RE0002) loses its verdict on that paper; every other variable must be there.
        foreach (var r in reports.Where(r => !r.Failed))
        {
            var timedOut = r.Diagnostics.Count(d => d.Id == "RE0002");
            if (timedOut > 0) output.WriteLine($"{r.Paper.File}: {timedOut} detector(s) over budget");
            Assert.Equal(9, r.Variables.Count + timedOut);
        }
        var crashes = reports.SelectMany(r => r.Diagnostics).Where(d => d.Id == "RE0001").Select(d => d.Message).ToList();
        Assert.True(crashes.Count == 0, "detectors threw: " + string.Join("\n", crashes.Take(10)));
    }
}
