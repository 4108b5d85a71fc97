using System.Diagnostics;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>
/// One detector's run over one paper: the callbacks it registered at document start, the time it has
/// spent, and the verdict it reported. A callback that throws or overruns the budget faults the session;
/// the walk goes on for the other detectors.
/// </summary>
internal sealed class DetectorSession : DocumentStartContext
{
    private readonly DetectorRegistration _registration;
    private readonly TimeSpan _budget;
    private readonly CancellationTokenSource _cts;
    private readonly Stopwatch _clock = new();
    private readonly List<Action<DocumentPage>> _pageActions = [];
    private readonly List<Action<Section>> _sectionActions = [];
    private readonly List<Action<Sentence>> _sentenceActions = [];
    private readonly List<Action<Hyperlink>> _linkActions = [];
    private readonly List<Action<DocumentFloat>> _floatActions = [];
    private readonly List<Action<DocumentEndContext>> _endActions = [];

    public DetectorSession(DetectorRegistration registration, PaperDocument document, TimeSpan budget, CancellationToken paperToken)
    {
        _registration = registration;
        _budget = budget;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(paperToken);
        Document = document;
    }

    public DetectorRegistration Registration => _registration;
    public override PaperDocument Document { get; }
    public override RuleSet Rules => _registration.Rules;
    public override CancellationToken CancellationToken => _cts.Token;

    public DetectorVerdict? Verdict { get; private set; }
    public Exception? Fault { get; private set; }
    public bool TimedOut { get; private set; }
    public bool IsActive => Fault is null && !TimedOut;
    public TimeSpan Elapsed => _clock.Elapsed;

    public bool HasPageActions => _pageActions.Count > 0;
    public bool HasSectionActions => _sectionActions.Count > 0;
    public bool HasSentenceActions => _sentenceActions.Count > 0;
    public bool HasLinkActions => _linkActions.Count > 0;
    public bool HasFloatActions => _floatActions.Count > 0;

    public override void RegisterPageAction(Action<DocumentPage> action) => _pageActions.Add(action);
    public override void RegisterSectionAction(Action<Section> action) => _sectionActions.Add(action);
    public override void RegisterSentenceAction(Action<Sentence> action) => _sentenceActions.Add(action);
    public override void RegisterLinkAction(Action<Hyperlink> action) => _linkActions.Add(action);
    public override void RegisterFloatAction(Action<DocumentFloat> action) => _floatActions.Add(action);
    public override void RegisterDocumentEndAction(Action<DocumentEndContext> action) => _endActions.Add(action);

    public void Start()
    {
        foreach (var start in _registration.StartActions) Run(start, (DocumentStartContext)this);
    }

    public void OnPage(DocumentPage page) { foreach (var a in _pageActions) Run(a, page); }
    public void OnSection(Section section) { foreach (var a in _sectionActions) Run(a, section); }
    public void OnSentence(Sentence sentence) { foreach (var a in _sentenceActions) Run(a, sentence); }
    public void OnLink(Hyperlink link) { foreach (var a in _linkActions) Run(a, link); }
    public void OnFloat(DocumentFloat @float) { foreach (var a in _floatActions) Run(a, @float); }

    public void End()
    {
        var end = new EndContext(this);
        foreach (var a in _endActions) Run(a, (DocumentEndContext)end);
    }

    private void Run<T>(Action<T> action, T item)
    {
        if (!IsActive) return;
        _clock.Start();
        try
        {
            action(item);
        }
        catch (OperationCanceledException) when (_cts.IsCancellationRequested)
        {
            TimedOut = true;
        }
        catch (Exception e)
        {
            Fault = e;
        }
        finally
        {
            _clock.Stop();
        }
        if (IsActive && _clock.Elapsed > _budget)
        {
            TimedOut = true;
            _cts.Cancel();
        }
    }

    private sealed class EndContext(DetectorSession session) : DocumentEndContext
    {
        public override PaperDocument Document => session.Document;
        public override RuleSet Rules => session.Rules;
        public override void ReportVerdict(DetectorVerdict verdict) => session.Verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
    }
}
