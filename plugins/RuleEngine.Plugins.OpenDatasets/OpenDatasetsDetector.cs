using System.Collections.Immutable;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenDatasets;

/// <summary>
/// RV0005 Open Datasets: Yes when the experiments use at least one public dataset with concrete access
/// information — a well-known benchmark, a dataset URL/DOI, a named data repository, or a formally cited
/// dataset. Only private, on-request or self-generated data is No.
/// </summary>
public sealed class OpenDatasetsDetector : VariableDetector
{
    public override VariableDescriptor Variable => OpenDatasetsDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        OpenDatasetsDescriptors.KnownBenchmark,
        OpenDatasetsDescriptors.DatasetCitation,
        OpenDatasetsDescriptors.CitedData,
        OpenDatasetsDescriptors.DatasetUrl,
        OpenDatasetsDescriptors.DataRepository,
        OpenDatasetsDescriptors.PrivateData,
    ];

    public override void Initialize(AnalysisContext context)
    {
        var rules = new OpenDatasetsRules(context.Rules);
        context.RegisterDocumentStartAction(start =>
        {
            var state = new OpenDatasetsEvidence(start.Document, rules);
            start.RegisterSentenceAction(state.OnSentence);
            start.RegisterDocumentEndAction(end => end.ReportVerdict(state.Decide()));
        });
    }
}
