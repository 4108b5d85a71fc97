using RuleEngine.Engine.Evaluation;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Engine.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Scores_match_hand_computed_accuracy_f1_and_kappa()
    {
        // 10 pairs: gold Yes 6 (5 predicted Yes), gold No 4 (3 predicted No).
        var pairs = Enumerable.Repeat(("Yes", "Yes"), 5).Append(("Yes", "No"))
            .Concat(Enumerable.Repeat(("No", "No"), 3)).Append(("No", "Yes")).ToList();

        var score = VariableScore.Compute("X", pairs);

        Assert.Equal(0.8, score.Accuracy, 6);
        var yes = score.Classes.Single(c => c.Label == "Yes");
        Assert.Equal(5.0 / 6, yes.Precision, 6);
        Assert.Equal(5.0 / 6, yes.Recall, 6);
        // pe = 0.6*0.6 + 0.4*0.4 = 0.52; kappa = (0.8-0.52)/(0.48)
        Assert.Equal((0.8 - 0.52) / 0.48, score.Kappa, 6);
        Assert.Equal([[5, 1], [1, 3]], score.Confusion);
    }

    [Fact]
    public void Evaluation_lists_misses_and_fills_calibration_bins()
    {
        var gold = GoldStandard.Parse(["id\tOpenSourceCode", "p1\tYes", "p2\tNo"]);
        PaperReport Report(string id, string verdict, double confidence) => new()
        {
            Paper = new PaperInfo(id + ".pdf", "", 1, null),
            Variables = [new VariableResult { Id = "RV0004", Variable = "OpenSourceCode", Name = "Open Source Code", Verdict = verdict, Confidence = confidence }],
        };

        var result = Evaluator.Evaluate([Report("p1", "Yes", 0.95), Report("p2", "Yes", 0.55)], gold);

        Assert.Equal(2, result.Papers);
        var miss = Assert.Single(result.Misses);
        Assert.Equal(("p2", "No", "Yes"), (miss.Paper, miss.Gold, miss.Predicted));
        Assert.Equal(1, result.Calibration.Single(b => b.From == 0.95).Correct);
        Assert.Equal(0, result.Calibration.Single(b => b.From == 0.5).Correct);
    }

    [Fact]
    public void Gold_files_with_the_wrong_shape_are_refused()
    {
        Assert.Throws<FormatException>(() => GoldStandard.Parse(["paper\tX", "a\tYes"]));
        Assert.Throws<FormatException>(() => GoldStandard.Parse(["id\tX\tY", "a\tYes"]));
    }
}
