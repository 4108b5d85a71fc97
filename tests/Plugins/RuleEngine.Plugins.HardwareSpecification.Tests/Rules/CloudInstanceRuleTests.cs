using RuleEngine.Testing;

namespace RuleEngine.Plugins.HardwareSpecification.Tests.Rules;

/// <summary>RV0007.cloud-instance: instance types that fix the hardware count; "cloud computing" does not.</summary>
public sealed class CloudInstanceRuleTests
{
    [Theory]
    [InlineData("All models were trained on an AWS p3.8xlarge instance.")]
    [InlineData("We used a Google Cloud n1-standard-8 machine for the search.")]
    // older AWS generations, with or without the provider's name
    [InlineData("We implement all algorithms in Apache Spark and run them on m3.large Amazon EC2 instances.")]
    [InlineData("For experiments with more than 32 cores, we use a cluster of c3.8xlarge instances each with 32 cores.")]
    [InlineData("We used a 100-machine cluster consisting of m1.xlarge AWS instances.")]
    [InlineData("Each worker is an r3.2xlarge node.")]
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

    [Theory]
    [InlineData("The threshold is set to x.large values of the parameter.")]
    [InlineData("See Section 3.2 for large instances of the problem.")]
    public void SizeWordsWithoutInstanceFamily_AreNo(string sentence) =>
        DetectorTest<HardwareSpecificationDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");
}
