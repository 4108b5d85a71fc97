using System.Text;
using RuleEngine.Document.Building;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Reporting;
using RuleEngine.Sdk;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Testing;

/// <summary>
/// Runs one detector over a paper written as marked-up text and checks the verdict and the evidence,
/// like <c>Microsoft.CodeAnalysis.Testing</c>'s verifiers:
/// <code>
/// DetectorTest&lt;OpenSourceCodeDetector&gt;.Verify("""
///     {|RV0004.release-statement:Our code is available at https://github.com/a/b.|}
///     """, "Yes");
/// </code>
/// Every marked span must be cited by some evidence (by the named rule, when given); every evidence quote
/// must overlap a marked span unless <see cref="AllowUnmarkedEvidence"/> is set. Text without markup
/// expects no evidence (the usual shape of a <c>No</c>).
/// </summary>
public sealed class DetectorTest<TDetector> where TDetector : VariableDetector, new()
{
    /// <summary>The paper as text with evidence markup.</summary>
    public required string Markup { get; init; }

    /// <summary>The verdict the detector must report.</summary>
    public required string ExpectedVerdict { get; init; }

    /// <summary>Accept evidence outside the marked spans (check only that the marked spans are cited).</summary>
    public bool AllowUnmarkedEvidence { get; init; }

    /// <summary>Rule IDs to disable for this test, as configuration would.</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>Rule directories to read rule files from; defaults to the repository's <c>rules/</c> found above the test binary.</summary>
    public IReadOnlyList<string>? RuleDirectories { get; init; }

    /// <summary>The result of the last run (after <see cref="Run"/>).</summary>
    public VariableResult? Result { get; private set; }

    /// <summary>Shorthand: runs a test and throws on any difference.</summary>
    public static VariableResult Verify(string markup, string expectedVerdict, bool allowUnmarkedEvidence = false) =>
        new DetectorTest<TDetector> { Markup = markup, ExpectedVerdict = expectedVerdict, AllowUnmarkedEvidence = allowUnmarkedEvidence }.Run();

    /// <summary>Runs the detector and throws <see cref="DetectorVerificationException"/> listing every difference.</summary>
    public VariableResult Run()
    {
        var (text, expected) = EvidenceMarkup.Parse(Markup);
        var document = PaperDocumentBuilder.FromText(text);
        var detector = new TDetector();
        var settings = new EngineSettings { RuleDirectories = [.. RuleDirectories ?? FindRuleDirectories()] }
            .With(DisabledRules.Select(r => new KeyValuePair<string, string>(r + ".enabled", "false")));
        var registration = DetectorRegistration.Initialize(detector, new RuleSetLoader(settings).Load(detector), "test");
        var analysis = new DocumentAnalyzer([registration], TimeSpan.FromSeconds(30)).Analyze(document);

        var problems = new List<string>();
        foreach (var d in analysis.Diagnostics) problems.Add($"engine diagnostic {d.Id}: {d.Message}");
        var result = analysis.Variables.SingleOrDefault();
        Result = result;
        if (result is null)
        {
            throw new DetectorVerificationException(Describe(problems.Count > 0 ? problems : ["the detector reported no verdict"], null));
        }
        if (result.Verdict != ExpectedVerdict)
            problems.Add($"verdict: expected {ExpectedVerdict}, actual {result.Verdict} (confidence {result.Confidence:0.00}; rationale: {result.Rationale})");

        foreach (var e in expected)
        {
            var want = PaperDocument.Normalize(e.Text);
            var citing = result.Evidence.Where(ev => Overlaps(PaperDocument.Normalize(ev.Quote), want)).ToList();
            if (citing.Count == 0)
                problems.Add($"missing evidence: expected a quote citing \"{e.Text}\"{(e.Rule is null ? "" : $" by {e.Rule}")} (page {e.Page})");
            else if (e.Rule is not null && citing.All(ev => ev.Rule != e.Rule))
                problems.Add($"wrong rule: \"{e.Text}\" is cited by {string.Join(", ", citing.Select(c => c.Rule).Distinct())}, expected {e.Rule}");
            else if (citing.All(ev => ev.Page != e.Page))
                problems.Add($"wrong page: \"{e.Text}\" is cited on page {citing[0].Page}, expected page {e.Page}");
        }
        if (!AllowUnmarkedEvidence)
        {
            foreach (var ev in result.Evidence)
            {
                var have = PaperDocument.Normalize(ev.Quote);
                if (!expected.Any(e => Overlaps(have, PaperDocument.Normalize(e.Text))))
                    problems.Add($"unexpected evidence: \"{ev.Quote}\" (page {ev.Page}, {ev.Rule})");
            }
        }
        if (problems.Count > 0) throw new DetectorVerificationException(Describe(problems, result));
        return result;
    }

    private static bool Overlaps(string quote, string marked) => quote.Contains(marked, StringComparison.Ordinal) || (quote.Length > 0 && marked.Contains(quote, StringComparison.Ordinal));

    private static string Describe(IEnumerable<string> problems, VariableResult? result)
    {
        var sb = new StringBuilder($"{typeof(TDetector).Name} did not behave as expected:");
        foreach (var p in problems) sb.Append("\n  - ").Append(p);
        if (result is not null)
        {
            sb.Append($"\n  actual: {result.Verdict} ({result.Confidence:0.00}) — {result.Rationale}");
            foreach (var e in result.Evidence) sb.Append($"\n    [{e.Rule}] p{e.Page}: \"{e.Quote}\"");
        }
        return sb.ToString();
    }

    private static IEnumerable<string> FindRuleDirectories()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules");
            if (File.Exists(Path.Combine(candidate, EngineSettingsLoader.DefaultFileName))) return [candidate];
        }
        return [];
    }
}
