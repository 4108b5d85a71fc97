using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.ExperimentSetup.Tests;

/// <summary>Accuracy of the detector on the labelled dev papers (skipped when ../shared/corpus is absent).</summary>
[Collection("Corpus")] // corpus tests share the on-disk layout cache: run them one at a time
public sealed class DevSetAccuracyTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void DevSetAccuracy_MeetsFloor()
    {
        var run = DevSetEvaluation.Evaluate(new ExperimentSetupDetector());
        output.WriteLine(run.Describe());
        foreach (var report in run.Reports)
            foreach (var d in report.Diagnostics)
                output.WriteLine($"diagnostic {report.Paper.File}: {d.Id} {d.Level} {d.Message}");
        // ALLVERDICTS: one line per paper, for tuning thresholds.
        foreach (var report in run.Reports.OrderBy(r => r.Paper.File, StringComparer.Ordinal))
            foreach (var v in report.Variables)
                output.WriteLine($"verdict {report.Paper.File}: {v.Verdict} ({v.Confidence:0.00}) {v.Rationale}");
        var score = run.Score("ExperimentSetup");
        Assert.True(score.Accuracy >= 0.94 && score.MacroF1 >= 0.90, $"accuracy {score.Accuracy:0.000}");
    }
}
