using RuleEngine.Sdk.Documents;

namespace RuleEngine.Sdk;

/// <summary>
/// Per-paper registration context (like Roslyn's <c>CompilationStartAnalysisContext</c>). Callbacks run in
/// document order: pages, then sections, sentences, links and floats as the walk meets them, then document end.
/// </summary>
public abstract class DocumentStartContext
{
    /// <summary>The paper being analysed.</summary>
    public abstract PaperDocument Document { get; }

    /// <summary>The detector's rule data, with this run's enablement applied.</summary>
    public abstract RuleSet Rules { get; }

    /// <summary>Cancelled when the detector exceeds its time budget.</summary>
    public abstract CancellationToken CancellationToken { get; }

    public abstract void RegisterPageAction(Action<DocumentPage> action);
    public abstract void RegisterSectionAction(Action<Section> action);
    public abstract void RegisterSentenceAction(Action<Sentence> action);
    public abstract void RegisterLinkAction(Action<Hyperlink> action);
    public abstract void RegisterFloatAction(Action<DocumentFloat> action);
    public abstract void RegisterDocumentEndAction(Action<DocumentEndContext> action);
}
