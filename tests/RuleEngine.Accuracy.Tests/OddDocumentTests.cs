using RuleEngine.Cli.Infrastructure;
using RuleEngine.Document.Building;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Sdk;
using RuleEngine.TestSupport;

namespace RuleEngine.Accuracy.Tests;

/// <summary>
/// The nine built-in detectors on documents unlike a normal paper — no headings, nothing but references,
/// one enormous sentence, symbols only — never throw (RE0001) and always give a verdict.
/// </summary>
public sealed class OddDocumentTests
{
    private static readonly DocumentAnalyzer Analyzer = CreateAnalyzer();

    private static DocumentAnalyzer CreateAnalyzer()
    {
        var loader = new RuleSetLoader(new EngineSettings { RuleDirectories = [RepoPaths.Rules] });
        var detectors = BuiltInDetectors.Types.Select(t => (VariableDetector)Activator.CreateInstance(t)!);
        return new DocumentAnalyzer([.. detectors.Select(d => DetectorRegistration.Initialize(d, loader.Load(d), "test"))], TimeSpan.FromSeconds(30));
    }

    public static TheoryData<string, string> OddDocuments => new()
    {
        { "one line", "Hello." },
        { "no headings", "We evaluate on problems from QAPLIB and report results. The code is at https://github.com/a/b. We train for 10 epochs on 4 NVIDIA V100 GPUs with PyTorch 1.9." },
        { "only references", "References\n[1] A. Author. A paper. 2020.\n[2] B. Author. Another paper, https://github.com/x/y. 2021." },
        { "one enormous sentence", string.Join(" ", Enumerable.Repeat("the training set of 80% and test set 20% with batch size 32 on CIFAR-10 using Python 3.8", 600)) },
        { "symbols only", string.Concat(Enumerable.Repeat("∑∫√≤≥≠ ∀∃∈∉ {[(<>)]} = − × ÷ ", 200)) },
        { "empty pages", "<<<PAGE>>>\n<<<PAGE>>>\nAbstract\n<<<PAGE>>>" },
        { "headings without text", "Abstract\n\n1 Introduction\n\n2 Experiments\n\nReferences\n\nAppendix A" },
    };

    [Theory]
    [MemberData(nameof(OddDocuments))]
    public void Every_detector_gives_a_verdict_without_throwing(string name, string text)
    {
        var document = PaperDocumentBuilder.FromText(text, name + ".txt");

        var analysis = Analyzer.Analyze(document);

        Assert.DoesNotContain(analysis.Diagnostics, d => d.Id == "RE0001");
        Assert.Equal(9, analysis.Variables.Count);
    }
}
