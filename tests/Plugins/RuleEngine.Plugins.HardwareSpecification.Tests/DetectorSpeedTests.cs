using System.Diagnostics;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.HardwareSpecification.Tests;

/// <summary>The detector must stay cheap once its regexes are compiled (generous bound: the shared build machine is slow and noisy).</summary>
public sealed class DetectorSpeedTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Detector_IsFastPerPaper()
    {
        var detector = new HardwareSpecificationDetector();
        var loader = new RuleSetLoader(new EngineSettings { RuleDirectories = [RepoPaths.Rules] });
        var analyzer = new DocumentAnalyzer([DetectorRegistration.Initialize(detector, loader.Load(detector), "test")], TimeSpan.FromSeconds(30));
        string[] ids = ["bailey2026scaling", "cropper2020learning", "liu2025qfft", "zhou2023opengsl", "icml14-niepert14", "le2021spurious"];
        var documents = ids.Select(CorpusDocuments.Load).ToList();
        analyzer.Analyze(documents[0]); // warm-up: regex compilation and JIT
        var sw = Stopwatch.StartNew();
        foreach (var d in documents) analyzer.Analyze(d);
        sw.Stop();
        var perPaper = sw.Elapsed.TotalMilliseconds / documents.Count;
        output.WriteLine($"{perPaper:0.0} ms per paper ({documents.Sum(d => d.Sentences.Count)} sentences in {documents.Count} papers)");
        Assert.True(perPaper < 300, $"{perPaper:0.0} ms per paper");
    }
}
