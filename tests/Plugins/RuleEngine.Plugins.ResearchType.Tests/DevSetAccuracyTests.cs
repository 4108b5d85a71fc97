using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.ResearchType.Tests;

/// <summary>Accuracy of the detector on the labelled dev papers (skipped when ../shared/corpus is absent).</summary>
public sealed class DevSetAccuracyTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void DevSetAccuracy_MeetsFloor()
    {
        var run = DevSetEvaluation.Evaluate(new ResearchTypeDetector());
        output.WriteLine(run.Describe());
        foreach (var report in run.Reports)
            foreach (var d in report.Diagnostics)
                output.WriteLine($"diagnostic {report.Paper.File}: {d.Id} {d.Level} {d.Message}");
        var score = run.Score("ResearchType");
        Assert.True(score.Accuracy >= 0.95, $"accuracy {score.Accuracy:0.000}");
        Assert.True(score.MacroF1 >= 0.93, $"macro-F1 {score.MacroF1:0.000}");
    }
}
