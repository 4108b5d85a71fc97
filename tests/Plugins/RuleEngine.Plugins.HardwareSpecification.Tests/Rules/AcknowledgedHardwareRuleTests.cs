using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>
/// RV0007.acknowledged-hardware: a thank-you for donated hardware counts when it names the model and says the
/// hardware served this research; a bare donation or use for prototyping only does not.
/// </summary>
public sealed class AcknowledgedHardwareRuleTests
{
    [Theory]
    [InlineData("We gratefully acknowledge the support of NVIDIA Corporation with the donation of the Titan Xp GPU used for this research.")]
    [InlineData("We thank NVIDIA for donating the Tesla K40 GPUs that were used in our experiments.")]
    [InlineData("The Quadro P6000 used for this work was donated by the NVIDIA Corporation.")]
    [InlineData("We are grateful to Intel for the gift of the Xeon Phi 7250 nodes utilized in the present study.")]
    public void DonatedHardwareUsedForTheResearch_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            5 Experiments
            We report the mean over five runs.
            Acknowledgements
            {|RV0007.acknowledged-hardware:{{sentence}}|}
            """, "Yes");

    [Theory]
    [InlineData("We thank NVIDIA for the donation of a Titan X GPU.")]
    [InlineData("We thank NVIDIA Corporation for the donation of the Tesla K40 GPUs used in the prototyping stage of this research.")]
    [InlineData("This work was funded by a grant from Intel; the GPUs used for this research were bought with it.")]
    public void BareDonationOrPrototyping_IsNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            5 Experiments
            We report the mean over five runs.
            Acknowledgements
            {sentence}
            """, "No");

    [Fact]
    public void Disabled_FindsNothing() =>
        new DetectorTest<HardwareSpecificationDetector>
        {
            Markup = """
                5 Experiments
                We report the mean over five runs.
                Acknowledgements
                We thank NVIDIA for the Titan Xp GPU used for this research.
                """,
            ExpectedVerdict = "No",
            DisabledRules = ["RV0007.acknowledged-hardware"],
        }.Run();
}
