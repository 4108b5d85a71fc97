using System.Diagnostics;
using System.Security.Cryptography;
using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Hosting;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Engine.Analysis;

/// <summary>Time spent in each stage of one paper's analysis.</summary>
public sealed record StageTimes(TimeSpan Read, TimeSpan Build, TimeSpan Detect, IReadOnlyDictionary<string, TimeSpan> Detectors)
{
    /// <summary>Time in post-processors (e.g. the LLM fallback).</summary>
    public TimeSpan PostProcess { get; init; }
}

/// <summary>
/// The whole pipeline for one file: layout reader → document builder → detectors → report. Never throws
/// for bad input: an unreadable file yields a report with no variables and an error diagnostic. The
/// per-paper time budget is enforced even if the PDF parser stalls (the stalled work is abandoned).
/// </summary>
public sealed class PaperAnalyzer(ILayoutReader reader, DetectorCatalog catalog, EngineSettings settings, IEnumerable<IReportPostProcessor> postProcessors)
{
    private readonly Lazy<EngineStamp> _stamp = new(() => RunSignature.Compute(catalog));

    public DetectorCatalog Catalog => catalog;

    /// <summary>The engine version and signature stamped on every report of this run.</summary>
    public EngineStamp Stamp => _stamp.Value;

    /// <summary>The SHA-256 of a file's content, lower-case hex.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Analyses one file; <paramref name="stageTimes"/> receives per-stage timings when the paper was read.</summary>
    public PaperReport AnalyzeFile(string path, CancellationToken cancellationToken = default) => AnalyzeFile(path, out _, cancellationToken);

    public PaperReport AnalyzeFile(string path, out StageTimes? stageTimes, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        stageTimes = null;
        var fileName = Path.GetFileName(path);
        string sha;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failure(path, "", EngineDiagnosticIds.FileUnreadable, "file not found", clock);
            if (info.Length > settings.MaxFileBytes)
                return Failure(path, "", EngineDiagnosticIds.FileTooLarge, $"file is {info.Length / (1024 * 1024)} MB, above the {settings.MaxFileBytes / (1024 * 1024)} MB limit (engine.max_file_mb)", clock);
            sha = Sha256Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure(path, "", EngineDiagnosticIds.FileUnreadable, e.Message, clock);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.PaperBudget);
        var work = Task.Run(() => Run(path, sha, budget.Token), budget.Token);
        try
        {
            if (!work.Wait(settings.PaperBudget + TimeSpan.FromSeconds(2), cancellationToken))
            {
                budget.Cancel();
                return Failure(path, sha, EngineDiagnosticIds.PaperTimedOut, $"analysis exceeded the per-paper budget of {settings.PaperBudget.TotalSeconds:0} s (engine.paper_budget_ms); abandoned", clock);
            }
            var (report, times) = work.Result;
            stageTimes = times;
            return report with { ElapsedMs = clock.ElapsedMilliseconds, Engine = Stamp };
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Failure(path, sha, EngineDiagnosticIds.PaperTimedOut, $"analysis exceeded the per-paper budget of {settings.PaperBudget.TotalSeconds:0} s (engine.paper_budget_ms)", clock);
        }
        catch (AggregateException e) when (e.InnerException is DocumentReadException read)
        {
            return Failure(path, sha, read.Code, read.Message, clock);
        }
        catch (AggregateException e) when (e.InnerException is not OperationCanceledException)
        {
            var inner = e.InnerException!;
            return Failure(path, sha, EngineDiagnosticIds.Corrupt, $"could not be analysed: {inner.GetType().Name}: {DocumentAnalyzer.OneLine(inner.Message)}", clock);
        }
    }

    private (PaperReport, StageTimes) Run(string path, string sha, CancellationToken token)
    {
        var t = Stopwatch.StartNew();
        var layout = reader.Read(path, token);
        var read = t.Elapsed;
        t.Restart();
        var document = PaperDocumentBuilder.Build(Path.GetFileName(path), sha, layout.Pages);
        var build = t.Elapsed;
        t.Restart();
        var analysis = catalog.Analyzer.Analyze(document, token);
        var detect = t.Elapsed;

        var diagnostics = layout.Warnings
            .Select(w => new DiagnosticEntry(EngineDiagnosticIds.PageUnreadable, DiagnosticLevels.Warning, $"page {w.Page}: {w.Message}", w.Page))
            .Concat(HiddenTextDiagnostic.From(layout.HiddenText))
            .Concat(analysis.Diagnostics)
            .ToList();
        var report = new PaperReport
        {
            Paper = Info(path, sha, document),
            Variables = analysis.Variables,
            Diagnostics = diagnostics,
        };
        t.Restart();
        report = PostProcess(report, document, token);
        return (report, new StageTimes(read, build, detect, analysis.DetectorTimes) { PostProcess = t.Elapsed });
    }

    /// <summary>Reads and builds the document model of one file without running detectors (profiling, debugging).</summary>
    /// <exception cref="DocumentReadException">The file cannot be read as a paper.</exception>
    public PaperDocument ReadDocument(string path, CancellationToken cancellationToken = default)
    {
        var layout = reader.Read(path, cancellationToken);
        return PaperDocumentBuilder.Build(Path.GetFileName(path), Sha256Of(path), layout.Pages);
    }

    /// <summary>Runs the detectors on an already built document (tests, text fixtures).</summary>
    public PaperReport AnalyzeDocument(PaperDocument document, string? path = null)
    {
        var clock = Stopwatch.StartNew();
        var analysis = catalog.Analyzer.Analyze(document);
        var report = new PaperReport
        {
            Paper = Info(path ?? document.FileName, document.Sha256, document),
            Variables = analysis.Variables,
            Diagnostics = analysis.Diagnostics,
        };
        return PostProcess(report, document, CancellationToken.None) with { ElapsedMs = clock.ElapsedMilliseconds };
    }

    private PaperReport PostProcess(PaperReport report, PaperDocument document, CancellationToken token)
    {
        foreach (var processor in postProcessors) report = processor.Process(report, document, token);
        return report;
    }

    private static PaperInfo Info(string path, string sha, PaperDocument document) =>
        new(Path.GetFileName(path), sha, document.PageCount, string.IsNullOrWhiteSpace(document.Title) ? null : document.Title)
        {
            Path = path,
            Authors = document.TitleBlock.Authors.Count == 0 ? null : document.TitleBlock.Authors.Select(l => l.Text).ToList(),
        };

    private PaperReport Failure(string path, string sha, string code, string message, Stopwatch clock) => new()
    {
        Engine = Stamp,
        Paper = new PaperInfo(Path.GetFileName(path), sha, 0, null) { Path = path },
        Variables = [],
        Diagnostics = [new DiagnosticEntry(code, DiagnosticLevels.Error, message)],
        ElapsedMs = clock.ElapsedMilliseconds,
    };
}
