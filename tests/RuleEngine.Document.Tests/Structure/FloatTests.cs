using RuleEngine.Document.Building;
using RuleEngine.Document.Structure;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Tests.Structure;

public class FloatTests
{
    [Theory]
    [InlineData("Table 3: Results on ImageNet.", FloatKind.Table, "Table 3")]
    [InlineData("Figure 2. Overview of the pipeline.", FloatKind.Figure, "Figure 2")]
    [InlineData("Fig. 4 Overview of the architecture", FloatKind.Figure, "Fig. 4")]
    [InlineData("Algorithm 1 SGS", FloatKind.Algorithm, "Algorithm 1")]
    [InlineData("Algorithm 2: spectral coarsening algorithm", FloatKind.Algorithm, "Algorithm 2")]
    [InlineData("Algorithm 1 beliefAugmentation Algorithm", FloatKind.Algorithm, "Algorithm 1")]
    [InlineData("Listing 1: The corelet class", FloatKind.Listing, "Listing 1")]
    [InlineData("Procedure 1 Backup", FloatKind.Algorithm, "Procedure 1")]
    [InlineData("Pseudocode 1: Training loop", FloatKind.Algorithm, "Pseudocode 1")]
    [InlineData("TABLE II", FloatKind.Table, "TABLE II")]
    [InlineData("Table A.1: Hyperparameters", FloatKind.Table, "Table A.1")]
    [InlineData("Algorithm 1 The Least-squares Adaptive Thresholding", FloatKind.Algorithm, "Algorithm 1")]
    [InlineData("Algorithm 1 A Dynamic Multi-view Labeling Strategy", FloatKind.Algorithm, "Algorithm 1")]
    public void Recognises_caption_labels(string line, FloatKind kind, string label)
    {
        var m = CaptionDetector.MatchText(line);
        Assert.NotNull(m);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(label, m.Label);
    }

    [Theory]
    [InlineData("Table 2 shows the results on all datasets.")]
    [InlineData("Figure 3 illustrates the training curves.")]
    [InlineData("Algorithm 1 of [12] is used as a subroutine.")]
    [InlineData("Algorithm 1 converges in a few steps.")]
    [InlineData("Table 2, we see that the accuracy improves")]
    [InlineData("Tables 2 and 3 report results")]
    [InlineData("Algorithm 4 constructs a list of function definitions from an FCG.")]
    public void In_text_references_are_not_captions(string line) => Assert.Null(CaptionDetector.MatchText(line));

    [Fact]
    public void A_reference_that_wraps_to_a_line_start_is_not_a_caption()
    {
        var doc = PaperDocumentBuilder.FromText(
            "The training curves of all the models we trained are as illustrated in\n" +
            "Figure 3. The curves flatten after ten epochs of training on the data.");
        Assert.Empty(doc.Floats);
        Assert.Single(doc.Sentences, s => s.Text.Contains("Figure 3"));
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Finds_table_algorithm_and_figure_floats_with_their_bodies()
    {
        var doc = PaperDocumentBuilder.FromText("""
            1 Introduction
            We present our method in Algorithm 1 and results in Table 1, as shown in Figure 1.

            Algorithm 1 Stochastic Gradient Descent
            Require: learning rate η, initial weights w0
            1: for t = 1 to T do
            2: sample a minibatch B
            3: w ← w − η∇L(w; B)
            4: end for
            5: return w

            This paragraph of running text resumes after the algorithm and explains it in some detail,
            with several long lines that read like prose and end with a full stop at the very end.

            Table 1: Accuracy on the test sets.
            Method CIFAR-10 MNIST
            SGD 91.2 99.1
            Adam 92.4 99.3

            We see in the table above that Adam is better than SGD on both of these datasets, which
            agrees with the findings reported by earlier work on the same benchmarks and settings.

            loss
            epoch
            Figure 1: Training loss per epoch.
            """);
        var alg = doc.Floats.Single(f => f.Kind == FloatKind.Algorithm);
        Assert.Equal("Algorithm 1", alg.Label);
        Assert.Equal("Algorithm 1 Stochastic Gradient Descent", alg.Caption);
        Assert.Equal(6, alg.ContentLines.Count);
        Assert.StartsWith("Require:", alg.ContentLines[0].Text);
        Assert.Equal("5: return w", alg.ContentLines[^1].Text);

        var table = doc.Floats.Single(f => f.Kind == FloatKind.Table);
        Assert.Equal("Table 1: Accuracy on the test sets.", table.Caption);
        Assert.Equal(["Method CIFAR-10 MNIST", "SGD 91.2 99.1", "Adam 92.4 99.3"], table.ContentLines.Select(l => l.Text));
        Assert.Contains("Adam 92.4 99.3", table.Content);

        var figure = doc.Floats.Single(f => f.Kind == FloatKind.Figure);
        Assert.Equal(["loss", "epoch"], figure.ContentLines.Select(l => l.Text));
        Assert.Equal(3, doc.Floats.Count); // the in-text references are not floats
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Algorithm_lines_are_separate_sentences()
    {
        var doc = PaperDocumentBuilder.FromText("Algorithm 1 SGS\nRequire: Dataset D, Solver\n1: for each round do\n2: solve problems\n3: end for");
        Assert.Contains(doc.Sentences, s => s.Text == "Require: Dataset D, Solver");
        Assert.Contains(doc.Sentences, s => s.Text == "2: solve problems");
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void A_bare_label_inside_a_drawing_does_not_duplicate_a_float()
    {
        var doc = PaperDocumentBuilder.FromText("Algorithm 4: Construct functions from a graph\n1: for each node do\n2: emit\n\nAlgorithm 4\n\nSome running text that follows the algorithm in a paragraph of prose here.");
        var alg = Assert.Single(doc.Floats);
        Assert.Equal("Algorithm 4: Construct functions from a graph", alg.Caption);
    }
}
