using RuleEngine.Sdk;

namespace RuleEngine.Engine.Analysis;

/// <summary>
/// A detector initialised once for a run: its descriptor, its rule data and the document-start callbacks
/// it registered in <see cref="VariableDetector.Initialize"/>.
/// </summary>
public sealed class DetectorRegistration
{
    private DetectorRegistration(VariableDetector detector, RuleSet rules, IReadOnlyList<Action<DocumentStartContext>> startActions, string origin)
    {
        Detector = detector;
        Rules = rules;
        StartActions = startActions;
        Origin = origin;
    }

    public VariableDetector Detector { get; }
    public VariableDescriptor Variable => Detector.Variable;
    public RuleSet Rules { get; }
    public IReadOnlyList<Action<DocumentStartContext>> StartActions { get; }

    /// <summary>Where the detector came from: "built-in" or the plugin assembly path.</summary>
    public string Origin { get; }

    /// <summary>Calls <see cref="VariableDetector.Initialize"/> and captures what it registers.</summary>
    public static DetectorRegistration Initialize(VariableDetector detector, RuleSet rules, string origin)
    {
        var context = new RegistrationContext(rules.Warm());
        detector.Initialize(context);
        return new DetectorRegistration(detector, rules, context.StartActions, origin);
    }

    private sealed class RegistrationContext(RuleSet rules) : AnalysisContext
    {
        public List<Action<DocumentStartContext>> StartActions { get; } = [];
        public override RuleSet Rules => rules;
        public override void RegisterDocumentStartAction(Action<DocumentStartContext> action) => StartActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
    }
}
