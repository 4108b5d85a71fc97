namespace RuleEngine.Sdk;

/// <summary>The context a detector registers its callbacks on (once, at start-up).</summary>
public abstract class AnalysisContext
{
    /// <summary>The detector's rule data from <c>rules/</c> (patterns, lexicons, weights) and which rules are enabled.</summary>
    public abstract RuleSet Rules { get; }

    /// <summary>
    /// Registers a callback run at the start of each paper. Create per-paper state in it, register the
    /// per-item callbacks on the start context, and report the verdict in its document-end callback.
    /// </summary>
    public abstract void RegisterDocumentStartAction(Action<DocumentStartContext> action);
}
