using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode;

/// <summary>
/// RV0004 Open Source Code: Yes when the paper gives concrete access to its own code — a release
/// statement with a location, a link to the authors' repository, or code in the supplementary material.
/// Promises ("will be released"), requests, third-party and data links do not count.
/// </summary>
public sealed class OpenSourceCodeDetector : VariableDetector
{
    public override VariableDescriptor Variable => OpenSourceCodeDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        OpenSourceCodeDescriptors.ReleaseStatement,
        OpenSourceCodeDescriptors.RepositoryLink,
        OpenSourceCodeDescriptors.SupplementaryCode,
        OpenSourceCodeDescriptors.FutureRelease,
        OpenSourceCodeDescriptors.ThirdPartyCode,
    ];

    public override void Initialize(AnalysisContext context)
    {
        var rules = new OpenSourceCodeRules(context.Rules);
        context.RegisterDocumentStartAction(start =>
        {
            var state = new OpenSourceCodeEvidence(start.Document, rules);
            start.RegisterSentenceAction(state.OnSentence);
            start.RegisterDocumentEndAction(end => end.ReportVerdict(state.Decide()));
        });
    }
}
