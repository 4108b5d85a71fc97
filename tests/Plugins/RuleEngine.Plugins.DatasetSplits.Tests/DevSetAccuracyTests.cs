using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.DatasetSplits.Tests;

/// <summary>Accuracy of RV0006 on the labelled dev papers; prints every miss with its evidence.</summary>
public sealed class DevSetAccuracyTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void DatasetSplits_reaches_its_accuracy_floor_on_the_dev_set()
    {
        var run = DevSetEvaluation.Evaluate(new DatasetSplitsDetector());
        output.WriteLine(run.Describe());
        foreach (var report in run.Reports)
            foreach (var d in report.Diagnostics)
                output.WriteLine($"DIAG {report.Paper.File}: {d.Id} {d.Message}");
        Assert.True(run.Score("DatasetSplits").Accuracy >= 0.95, run.Describe(misses: false));
    }
}
