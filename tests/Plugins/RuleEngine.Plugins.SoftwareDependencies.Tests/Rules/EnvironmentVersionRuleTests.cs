using RuleEngine.Testing;

namespace RuleEngine.Plugins.SoftwareDependencies.Tests.Rules;

/// <summary>RV0008.environment-version: language/OS/compiler versions support a Yes but never make one alone.</summary>
public sealed class EnvironmentVersionRuleTests
{
    [Theory]
    [InlineData("The method is implemented in Java 7.")]
    [InlineData("All experiments use Matlab 7.12 on a desktop computer.")]
    [InlineData("The experiments run on Ubuntu 14.04.")]
    [InlineData("The code is implemented in C++ (gcc 9.3) and Python 3.10.9.")]
    public void EnvironmentAlone_IsNo(string sentence) =>
        DetectorTest<SoftwareDependenciesDetector>.Verify($"""
            4 Experiments
            {sentence}
            """, "No");

    [Fact]
    public void EnvironmentWithPackage_IsYes() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            {|RV0008.versioned-package:We use Python 3.7 and PyTorch 1.8.1 for all experiments.|}
            """, "Yes");
}
