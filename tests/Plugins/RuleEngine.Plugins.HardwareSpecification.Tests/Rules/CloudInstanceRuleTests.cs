using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.cloud-instance: instance types that fix the hardware count; "cloud computing" does not.</summary>
public sealed class CloudInstanceRuleTests
{
    [Theory]
    [InlineData("All models were trained on an AWS p3.8xlarge instance.")]
    [InlineData("We used a Google Cloud n1-standard-8 machine for the search.")]
    public void InstanceType_IsYes(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($$"""
            4 Experiments
            {|RV0007.cloud-instance:{{sentence}}|}
            """, "Yes");

    [Fact]
    public void CloudComputing_IsNo() =>
        DetectorTest<HardwareSpecificationDetector>.Verify("""
            4 Experiments
            The experiments were run using cloud computing resources on a server.
            """, "No");
}
