using RuleEngine.Testing;

namespace RuleEngine.Plugins.SoftwareDependencies.Tests;

/// <summary>The spec's worked cases for Software Dependencies.</summary>
public sealed class SoftwareDependenciesDetectorTests
{
    [Fact]
    public void PyTorchCitation_IsNo() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            We use PyTorch (Paszke et al., 2019).
            """, "No");

    [Fact]
    public void PythonAndPyTorchVersions_IsYes() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            {|RV0008.versioned-package:All models are implemented with Python 3.7 and PyTorch 1.8.1.|}
            """, "Yes");

    [Fact]
    public void GccOnly_IsNo() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            The solver is implemented in C++ (gcc 9).
            """, "No");

    [Fact]
    public void Gurobi_IsYes() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            {|RV0008.versioned-package:The integer programs are solved with Gurobi 9.5.|}
            """, "Yes");

    [Fact]
    public void SeveralComponents_HaveHighConfidence()
    {
        var result = DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            {|RV0008.versioned-package:The deep models are implemented using TensorFlow 1.4.0, while the remaining methods are implemented using scikit-learn 0.19.|}
            """, "Yes");
        Assert.True(result.Confidence >= 0.9, $"confidence {result.Confidence}");
    }

    [Fact]
    public void VersionOnlyInReferenceTitle_IsNo() =>
        DetectorTest<SoftwareDependenciesDetector>.Verify("""
            4 Experiments
            We compare against the planners of [3].
            References
            [3] A. Author. The Fast Downward 2.0 planning system. Journal of Artificial Intelligence Research, 26:191–246, 2006.
            """, "No");

    [Fact]
    public void NoSoftware_IsNoWithRationale()
    {
        var result = DetectorTest<SoftwareDependenciesDetector>.Verify("""
            1 Introduction
            We prove a lower bound for multiclass learning.
            """, "No");
        Assert.Contains("version", result.Rationale, StringComparison.Ordinal);
    }
}
