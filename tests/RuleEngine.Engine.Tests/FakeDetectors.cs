using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Tests;

/// <summary>Small detectors with known behaviour, for engine tests.</summary>
internal static class FakeDetectors
{
    public static VariableDescriptor Descriptor(string id, string key) => new(id, key, key + " title", RuleCategories.Artefacts, Verdicts.YesNo, "test variable");
}

/// <summary>Says Yes when a sentence mentions "GitHub", citing that sentence with rule RV9001.mention.</summary>
internal sealed class MentionDetector : VariableDetector
{
    public static readonly RuleDescriptor Mention = new("RV9001.mention", "Mentions GitHub", "A sentence mentions GitHub.");
    public override VariableDescriptor Variable { get; } = FakeDetectors.Descriptor("RV9001", "Mention");
    public override ImmutableArray<RuleDescriptor> SupportedRules => [Mention];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        var found = new List<Evidence>();
        start.RegisterSentenceAction(s =>
        {
            if (start.Rules.IsEnabled(Mention.Id) && s.Text.Contains("GitHub", StringComparison.Ordinal)) found.Add(Evidence.FromSentence(s, Mention.Id));
        });
        start.RegisterDocumentEndAction(end => end.ReportVerdict(found.Count > 0 ? Verdicts.Yes : Verdicts.No, 0.9, found.Count > 0 ? "mentions GitHub" : "no mention of GitHub", found));
    });
}

/// <summary>Throws on the first sentence.</summary>
internal sealed class ThrowingDetector : VariableDetector
{
    public override VariableDescriptor Variable { get; } = FakeDetectors.Descriptor("RV9002", "Throwing");
    public override ImmutableArray<RuleDescriptor> SupportedRules => [];
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterSentenceAction(_ => throw new InvalidOperationException("boom")));
}

/// <summary>Reports a verdict its descriptor does not allow.</summary>
internal sealed class InvalidVerdictDetector : VariableDetector
{
    public override VariableDescriptor Variable { get; } = FakeDetectors.Descriptor("RV9003", "Invalid");
    public override ImmutableArray<RuleDescriptor> SupportedRules => [];
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end => end.ReportVerdict("Maybe", 0.5, "undecided")));
}

/// <summary>Cites a quote that is not in the paper.</summary>
internal sealed class InventingDetector : VariableDetector
{
    public static readonly RuleDescriptor Invent = new("RV9004.invent", "Invents", "Cites text that is not there.");
    public override VariableDescriptor Variable { get; } = FakeDetectors.Descriptor("RV9004", "Inventing");
    public override ImmutableArray<RuleDescriptor> SupportedRules => [Invent];
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterDocumentEndAction(end =>
            end.ReportVerdict(Verdicts.Yes, 0.9, "invented", [new Evidence("This sentence is nowhere in the paper.", 1, Invent.Id)])));
}

/// <summary>Spins on every sentence until cancelled (exceeds any budget).</summary>
internal sealed class SlowDetector : VariableDetector
{
    public override VariableDescriptor Variable { get; } = FakeDetectors.Descriptor("RV9005", "Slow");
    public override ImmutableArray<RuleDescriptor> SupportedRules => [];
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        start.RegisterSentenceAction(_ => Thread.Sleep(30));
        start.RegisterDocumentEndAction(end => end.ReportVerdict(Verdicts.No, 0.5, "slow"));
    });
}
