using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.hyperparameter-value: named training hyperparameters with values.</summary>
public sealed class HyperparameterValueRuleTests
{
    [Theory]
    [InlineData("For the proposed model, we set the learning rate to 1e-4, batch size to 8 and training epochs to 50.")]
    [InlineData("We train for 100 epochs with a batch size of 64.")]
    [InlineData("We use dropout of 0.5 and a weight decay of 5e-4.")]
    [InlineData("The hidden dimension is set to 1024.")]
    [InlineData("For all experiments, we use mini-batch stochastic gradient descent with momentum (0.9) for optimization, 50 epochs, batch size 50 and hidden units 1000.")]
    [InlineData("Models are trained with learning rate 0.01 and dropout 0.3.")]
    public void ValueGiven_IsYes(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {|RV0009.hyperparameter-value:{{sentence}}|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Theory]
    [InlineData("The learning rate 2 times larger than the default diverged.")]
    [InlineData("Figure 3 shows the batch size 2 Ablation.")]
    public void NumberThatIsNotTheValue_IsNo(string sentence) =>
        DetectorTest<ExperimentSetupDetector>.Verify($$"""
            4 Experiments
            {{sentence}}
            """, "No");

    [Fact]
    public void NameWithoutValue_IsNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            The learning rate and the batch size are tuned on the validation set.
            """, "No");

    [Fact]
    public void Disabled_FindsNothing() =>
        new DetectorTest<ExperimentSetupDetector>
        {
            Markup = """
                4 Experiments
                We train for 100 epochs with a batch size of 64.
                """,
            ExpectedVerdict = "No",
            // the setting-value construction also reads "a batch size of 64": both are switched off
            DisabledRules = ["RV0009.hyperparameter-value", "RV0009.setting-value"],
        }.Run();
}
