using RuleEngine.Testing;

namespace RuleEngine.Plugins.ExperimentSetup.Tests.Rules;

/// <summary>RV0009.parameter-assignment and RV0009.symbol-value: parameters set to values in the experiments, not in proofs.</summary>
public sealed class ParameterAssignmentRuleTests
{
    [Fact]
    public void ParameterSetInExperiments_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            4 Experiments
            {|RV0009.parameter-assignment:In all our experiments we set λ = 0.1 and the window size to 4.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void SymbolValuesInExperiments_IsYes() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            5 Numerical Experiments
            {|RV0009.symbol-value:The number of items is n = 10 and the number of users is m = 100.|} {|RV0009.symbol-value:We draw the observations with σ = 0.5 throughout.|}
            """, "Yes", allowUnmarkedEvidence: true);

    [Fact]
    public void AssignmentsInProofs_AreNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            3 Analysis
            Theorem 1. Let ε = 0.5 and δ = 0.1. Then the algorithm succeeds with probability 0.9.
            Proof. We set η = 1 and apply Lemma 2 for each t = 1, 2, ..., T.
            """, "No");

    [Fact]
    public void LoopIndicesWithSpacedEllipses_AreNo() =>
        DetectorTest<ExperimentSetupDetector>.Verify("""
            5 Experiments
            for all t = 1, . . . , n do
            for all e = 1, . . . , L do
            We report the results in Table 1.
            """, "No");
}
