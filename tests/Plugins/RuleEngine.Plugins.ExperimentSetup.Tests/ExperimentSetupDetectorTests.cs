using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests;

/// <summary>The spec's worked cases for Experiment Setup.</summary>
public sealed class ExperimentSetupDetectorTests
{
    [Fact]
    public void TheoryPaperWithoutExperiments_IsNo()
    {
        var result = DetectorTest<ExperimentSetupDetector>.Verify("""
            1 Introduction
            We prove a lower bound on the sample complexity of multiclass learning.
            2 Main Result
            Theorem 1. For every learner there is a distribution on which it errs.
            """, "No");
        Assert.True(result.Confidence >= 0.85, $"confidence {result.Confidence}");
    }

    [Fact]
    public void WeTrainedAModel_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            We trained a model on the training set and report results in Table 2.
            """, "No");

    [Fact]
    public void TrainingConfiguration_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            {|RV0009.hyperparameter-value:We use a learning rate of 0.001, a batch size of 128 and train for 3 epochs.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void NonLearningRunSettings_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            5 Experimental Results
            {|RV0009.run-settings:All planners are run with a time limit of 30 minutes and a memory limit of 8 GB.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void SearchRangesWithProcedure_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            {|RV0009.run-settings:The trade-off weight is selected by grid search from {0.1, 0.5, 1.0} on the validation set.|}
            """, "Yes", allowUnmarkedEvidence: true);
}
