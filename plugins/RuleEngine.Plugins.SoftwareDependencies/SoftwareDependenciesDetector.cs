using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RuleEngine.Plugins.SoftwareDependencies.Rules;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.SoftwareDependencies;

/// <summary>
/// RV0008 Software Dependencies: <c>Yes</c> when the paper's own text gives a version number for key software —
/// a library, framework, solver, simulator, prover or baseline program ("PyTorch 1.9", "CPLEX 12.4",
/// "Terrier version 3.5"). A language, language environment, operating system or compiler with a version
/// ("Python 3.8", "Matlab 7.12", "Ubuntu 14.04", "gcc 9") supports such evidence but is not enough alone.
/// Versions in references and checklists do not count.
/// </summary>
public sealed class SoftwareDependenciesDetector : VariableDetector
{
    private static readonly Regex YearPattern = new(@"\b(?:19|20)\d{2}[a-z]?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public override VariableDescriptor Variable => SoftwareDependenciesDescriptors.Variable;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        SoftwareDependenciesDescriptors.VersionedPackage,
        SoftwareDependenciesDescriptors.VersionStatement,
        SoftwareDependenciesDescriptors.EnvironmentVersion,
    ];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var rules = start.Rules;
            var document = start.Document;
            var packageRule = new VersionedPackageRule(rules);
            var statementRule = new VersionStatementRule(rules);
            var environmentRule = new EnvironmentVersionRule(rules);
            var referenceCues = rules.LexiconPattern("referenceCues");
            var maxMajor = (int)rules.Setting("maxMajorOfTwoPartVersion", 30);
            var packages = new List<SoftwareFinding>();
            var environments = new List<SoftwareFinding>();

            start.RegisterSentenceAction(sentence =>
            {
                if (document.IsBackMatter(sentence.Span.Start)) return;
                var text = sentence.Text;
                if (!HasDottedNumber(text)) return;
                // A bibliography entry that escaped section detection: a year next to venue words.
                if (YearPattern.IsMatch(text) && referenceCues.SafeIsMatch(text)) return;
                var before = packages.Count;
                packages.AddRange(packageRule.Inspect(sentence).Where(f => IsPlausibleVersion(f.Version, maxMajor)));
                foreach (var f in statementRule.Inspect(sentence))
                {
                    if (!IsPlausibleVersion(f.Version.TrimStart('v', 'V'), maxMajor)) continue;
                    // The same mention found by both rules counts once (the lexicon rule's finding is kept).
                    if (packages.Skip(before).Any(p => p.Evidence.Span == f.Evidence.Span || string.Equals(p.Version, f.Version, StringComparison.Ordinal))) continue;
                    packages.Add(f);
                }
                environments.AddRange(environmentRule.Inspect(sentence));
            });

            start.RegisterDocumentEndAction(end => end.ReportVerdict(Decide(rules, packages, environments)));
        });
    }

    /// <summary>
    /// "89.35" after a method name in a results table is a score, not a version: a two-part number with a large
    /// major part is rejected (three-part versions and "20.04"-style releases below the bound pass).
    /// </summary>
    private static bool IsPlausibleVersion(string version, int maxMajor)
    {
        var parts = version.Split('.');
        if (parts.Length != 2) return true;
        return !int.TryParse(parts[0], out var major) || major < maxMajor;
    }

    /// <summary>Cheap pre-filter: versions need a digit, a dot and a digit (or "R2012a").</summary>
    private static bool HasDottedNumber(string text)
    {
        for (var i = 1; i < text.Length - 1; i++)
            if (text[i] == '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) return true;
        return text.Contains("R20", StringComparison.Ordinal);
    }

    private static DetectorVerdict Decide(RuleSet rules, List<SoftwareFinding> packages, List<SoftwareFinding> environments)
    {
        static string Describe(IEnumerable<SoftwareFinding> fs) =>
            string.Join(", ", fs.Select(f => $"{f.Name} {f.Version}").Distinct(StringComparer.OrdinalIgnoreCase).Take(5));

        if (packages.Count == 0)
        {
            if (environments.Count > 0)
            {
                return DetectorVerdict.Of(Verdicts.No, rules.Setting("environmentOnlyConfidence", 0.8),
                    $"only a language/OS/compiler carries a version ({Describe(environments)}); no library, framework, solver or tool with a version");
            }
            return DetectorVerdict.Of(Verdicts.No, rules.Setting("noConfidence", 0.88),
                "no library, framework, solver, simulator or tool named with a version number in the paper's own text");
        }

        var distinct = packages.Select(p => p.Name.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
        var fromLexicon = packages.Any(p => p.RuleId == VersionedPackageRule.Id);
        double confidence;
        if (distinct >= 2 && fromLexicon) confidence = rules.Setting("multiPackageConfidence", 0.95);
        else if (fromLexicon) confidence = rules.Setting("singlePackageConfidence", 0.82) + (environments.Count > 0 ? 0.06 : 0) + (packages.Count >= 2 ? 0.03 : 0);
        else confidence = rules.Setting("genericOnlyConfidence", 0.62) + (distinct >= 2 ? 0.1 : 0);

        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in packages.OrderBy(p => p.RuleId == VersionedPackageRule.Id ? 0 : 1))
        {
            if (evidence.Count >= 3) break;
            if (seen.Add(f.Evidence.Quote)) evidence.Add(f.Evidence);
        }
        if (evidence.Count < 3)
        {
            foreach (var f in environments)
            {
                if (evidence.Count >= 3) break;
                if (seen.Add(f.Evidence.Quote)) evidence.Add(f.Evidence);
            }
        }
        var rationale = $"software with versions: {Describe(packages)}" + (environments.Count > 0 ? $"; environment: {Describe(environments)}" : "");
        return DetectorVerdict.Of(Verdicts.Yes, Math.Clamp(confidence, 0.5, 0.98), rationale, evidence);
    }
}
