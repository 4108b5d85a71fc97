using System.Text;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Html;

/// <summary>
/// <c>analyze --format html</c>: one self-contained page per paper (<see cref="PaperPage"/>), written as
/// each paper finishes. Either into a folder, one <c>NAME.html</c> per paper (<see cref="PageNames"/>), or
/// — for a single paper — to one writer (standard output or the <c>-o FILE.html</c> named).
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public const string FormatName = "html";

    private readonly TextWriter? _single;
    private readonly string? _folder;
    private readonly ReportContext _context;
    private readonly Func<PaperReport, PaperDetails?> _details;
    private readonly PageNames _names = new();
    private readonly List<string> _written = [];
    private readonly Lock _gate = new();
    private int _pages;

    private HtmlReportWriter(TextWriter? single, string? folder, ReportContext context, Func<PaperReport, PaperDetails?>? details)
    {
        _single = single;
        _folder = folder;
        _context = context;
        _details = details ?? (_ => null);
    }

    /// <summary>One paper's page to <paramref name="output"/>; a second paper is an error.</summary>
    public static HtmlReportWriter ToWriter(TextWriter output, ReportContext context, Func<PaperReport, PaperDetails?>? details = null) =>
        new(output ?? throw new ArgumentNullException(nameof(output)), null, context, details);

    /// <summary>One page per paper in <paramref name="folder"/> (created when missing).</summary>
    public static HtmlReportWriter ToFolder(string folder, ReportContext context, Func<PaperReport, PaperDetails?>? details = null)
    {
        Directory.CreateDirectory(folder);
        return new HtmlReportWriter(null, folder, context, details);
    }

    public string Format => FormatName;

    /// <summary>The files written so far (folder mode), in completion order.</summary>
    public IReadOnlyList<string> Written { get { lock (_gate) return [.. _written]; } }

    public void Add(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            if (_single is not null)
            {
                if (_pages++ > 0) throw new InvalidOperationException("An HTML page holds one paper: write several into a folder.");
                PaperPage.Write(_single, report, _context, _details(report));
                _single.Flush();
                return;
            }
            var path = Path.Combine(_folder!, _names.For(report));
            File.WriteAllText(path, PaperPage.Render(report, _context, _details(report)), new UTF8Encoding(false));
            _written.Add(path);
        }
    }

    public void Complete()
    {
        lock (_gate) _single?.Flush();
    }
}
