using RuleEngine.Sdk;
using RuleEngine.Testing;

namespace RuleEngine.Plugins.Pseudocode.Tests;

/// <summary>RV0003.algorithm-float.</summary>
public sealed class AlgorithmFloatRuleTests
{
    [Fact]
    public void AlgorithmFloatWithLines_IsYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Our procedure is summarised below.

            Algorithm 1 Weighted Q-Learning
            Input: step size α, discount γ
            1: for each episode do
            2: for t = 1 to T do
            3: update the weights
            4: end for
            5: end for
            Output: the Q-table
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0003.algorithm-float");
        Assert.True(result.Confidence >= 0.9);
    }

    [Fact]
    public void SomeoneElsesAlgorithm_IsNo() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            We run Algorithm 1 of [12] with the default parameters and modify line 5 of Algorithm 2 in [3].
            """, Verdicts.No);
}

/// <summary>RV0003.algorithmic-lines.</summary>
public sealed class AlgorithmicLinesRuleTests
{
    [Fact]
    public void NumberedPseudocodeLines_AreYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Require: data D, iterations T
            Ensure: parameters θ
            1: initialise θ
            2: while not converged do
            3: sample a batch
            4: end while
            5: return θ
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.Contains(result.Evidence, e => e.Rule == "RV0003.algorithmic-lines");
    }
}

/// <summary>RV0003.numbered-steps.</summary>
public sealed class NumberedStepsRuleTests
{
    [Fact]
    public void StepsIntroducedAsAlgorithm_AreYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            4 Ranking
            The point score method is defined by the following algorithm:
            1. Observe outcomes of m comparisons and associate a point score with each item.
            2. Sort items in decreasing order of the point scores.
            3. Output the top n/2 items.
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    [Fact]
    public void InstructionStepsThatCompute_AreYesWithoutALeadIn() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Each step of optimisation proceeds in order.
            {|RV0003.numbered-steps:1. Sample ε ∼ N(0, I).|}
            2. Let w = µ + log(1 + exp(ρ)) ◦ ε.
            3. Let θ = (µ, ρ).
            4. Calculate the gradient with respect to the mean.
            5. Update the variational parameters.
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    [Theory]
    // a list of contributions
    [InlineData("1. We propose a new estimator = the mean of the medians.", "2. We prove it is consistent.", "3. We evaluate it on ten datasets.")]
    // instructions to study participants compute nothing
    [InlineData("1. Read the instructions on the screen.", "2. Watch the demonstration video.", "3. Rate each trajectory from 1 to 5.")]
    public void NumberedListsThatAreNotAlgorithms_AreNo(string first, string second, string third) =>
        DetectorTest<PseudocodeDetector>.Verify($"""
            5 User Study
            Participants were asked to follow this order.
            {first}
            {second}
            {third}
            """, Verdicts.No);

    [Fact]
    public void ProseWithStepHeadings_IsNo() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            Step I: Data Flow. Under a multimodal setting, each query contains both vision and text, which we process jointly.
            Step II: Response Collection. This step involves collecting responses from several models.
            Step III: Filtering. We remove low-quality responses with a judge model.
            """, Verdicts.No);
}

/// <summary>RV0003.code-listing.</summary>
public sealed class CodeListingRuleTests
{
    [Fact]
    public void ListingCaption_IsYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            Appendix A
            {|RV0003.code-listing:Listing 1: Source code example to create a biased sampler.|}
            class RotationBiasSampler(Sampler):
                def sample(self):
                    return self.rotation()
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    [Fact]
    public void UncaptionedProgramLines_AreYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            Appendix B
            The sampler is implemented as follows.
            {|RV0003.code-listing:model = build_model(config)|}
            optimizer = torch.optim.Adam(model.parameters())
            loader = make_loader(dataset, batch_size)
            trainer.fit(model, loader)
            """, Verdicts.Yes, allowUnmarkedEvidence: true);

    /// <summary>Displayed equations of the form A = F(X, Y, Z) are not code lines.</summary>
    [Theory]
    [InlineData("i = σ(Uixt + Viht−1)", "f = σ(Ufxt + Vfht−1)", "o = σ(Uoxt + Voht−1)", "c = tanh(Ucxt + Vcht−1)")]
    [InlineData("gf = σ(ĝf ) (10)", "gi = σ(ĝi ) (11)", "go = σ(ĝo ) (12)", "u = tanh(ĝu ) (13)")]
    [InlineData("Z = F(X, Y, W)", "Y = G(X, Z)", "W = H(X, Y, Z)", "V = F(W, Z)")]
    [InlineData("ht = GRU(xt, ht-1) (4)", "st = MLP(ht, zt) (5)", "yt = softmax(st) (6)", "zt = Enc(xt) (7)")]
    public void DisplayedEquations_AreNo(string a, string b, string c, string d) =>
        DetectorTest<PseudocodeDetector>.Verify($"""
            3 Model
            The gates of the cell are computed as
            {a}
            {b}
            {c}
            {d}
            where σ is the logistic function.
            """, Verdicts.No);
}

/// <summary>RV0003.algorithm-float: a heading word inside quoted text is not a caption.</summary>
public sealed class QuotedHeadingTests
{
    [Fact]
    public void ProcedureInsideQuotedPrompt_IsNo() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            4 Experiments
            The instruction given to the annotators reads: “Read the recipe below and answer the question.
            Procedure: mix the flour with the eggs and bake for twenty minutes.
            Question: how long is the cake baked?”
            We collected 500 answers.
            """, Verdicts.No);

    [Fact]
    public void ProcedureCaptionAfterClosedQuote_IsYes() =>
        DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            We call this step “pruning”.
            {|RV0003.algorithm-float:Procedure 1: Greedy pruning of the search tree|}
            Input: tree T, budget B
            1: for each leaf l in T do
            2: remove l if its value is below the threshold
            3: end for
            4: return T
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
}

/// <summary>RV0003.algorithm-reference.</summary>
public sealed class AlgorithmReferenceRuleTests
{
    [Fact]
    public void ReferenceToOwnAlgorithm_IsYes()
    {
        var result = DetectorTest<PseudocodeDetector>.Verify("""
            3 Method
            The pseudo-code of the iterative self-training algorithm is summarized in Algorithm 1.
            """, Verdicts.Yes, allowUnmarkedEvidence: true);
        Assert.True(result.Confidence < 0.9);
    }
}
