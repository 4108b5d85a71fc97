using System.Globalization;
using System.Text.Json.Nodes;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log with one run. Variables are the rules (results use the variable
/// ID as ruleId), papers are the artifacts, each verdict is one result whose locations are its evidence
/// quotes (<c>region.snippet</c>; SARIF has no pages, so the page is in the location's properties), and
/// engine diagnostics are the invocation's toolExecutionNotifications.
/// </summary>
/// <remarks>
/// <para>Result kind (SARIF §3.27.9, a checklist outcome): <c>Yes</c> → <c>pass</c>, <c>No</c> → <c>fail</c>;
/// any other verdict (Research Type, Researcher Affiliation, plugin categories) is a classification, not an
/// outcome → <c>informational</c>; a verdict with a <see cref="VariableResult.Flag"/> (e.g. its evidence was
/// not found in the text) → <c>review</c>, since a person has to check it.</para>
/// <para>Level: SARIF requires level <c>none</c> for every kind other than <c>fail</c>; a <c>fail</c> is a
/// <c>note</c> (a missing reproducibility artefact is worth seeing, not a build error). Level is always
/// written, because consumers that ignore kind (GitHub code scanning) read a missing level as warning.</para>
/// <para>rank = confidence × 100. A verdict without quotes still gets one location (the paper), so every
/// result says which paper it belongs to.</para>
/// </remarks>
public sealed class SarifReportWriter(TextWriter output, ReportContext context) : BufferedReportWriter(output, context)
{
    public const string FormatName = "sarif";
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SarifVersion = "2.1.0";
    public const string ToolName = "RuleEngine";

    private readonly string _baseDirectory = Environment.CurrentDirectory;

    public override string Format => FormatName;

    protected override void Write(IReadOnlyList<PaperReport> reports)
    {
        var rules = new SarifRules(Context, reports);
        var artifacts = new JsonArray();
        var results = new JsonArray();
        var notifications = new JsonArray();
        var anyRelative = false;

        for (var index = 0; index < reports.Count; index++)
        {
            var report = reports[index];
            var (uri, baseId) = ArtifactUris.For(report.Paper.Path ?? report.Paper.File, _baseDirectory);
            anyRelative |= baseId is not null;
            artifacts.Add(Artifact(report, uri, baseId));
            foreach (var result in report.Variables)
                results.Add(Result(result, rules, () => ArtifactLocation(uri, baseId, index)));
            foreach (var d in report.Diagnostics)
                notifications.Add(Notification(d, ArtifactLocation(uri, baseId, index)));
        }

        var driver = new JsonObject { ["name"] = ToolName, ["version"] = Context.ToolVersion };
        if (Context.InformationUri is { } info) driver["informationUri"] = info.AbsoluteUri;
        driver["rules"] = rules.Descriptors;

        var run = new JsonObject
        {
            ["tool"] = new JsonObject { ["driver"] = driver },
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["executionSuccessful"] = !reports.Any(r => r.Failed),
                ["toolExecutionNotifications"] = notifications,
            }),
        };
        if (anyRelative)
            run["originalUriBaseIds"] = new JsonObject { [ArtifactUris.BaseId] = new JsonObject { ["uri"] = ArtifactUris.DirectoryUri(_baseDirectory) } };
        run["artifacts"] = artifacts;
        run["results"] = results;

        var log = new JsonObject { ["$schema"] = SchemaUri, ["version"] = SarifVersion, ["runs"] = new JsonArray(run) };
        Output.WriteLine(log.ToJsonString(ReportJson.Options));
    }

    private static JsonObject Artifact(PaperReport report, string uri, string? baseId)
    {
        var paper = report.Paper;
        var artifact = new JsonObject { ["location"] = Location(uri, baseId), ["mimeType"] = "application/pdf" };
        if (!string.IsNullOrEmpty(paper.Sha256)) artifact["hashes"] = new JsonObject { ["sha-256"] = paper.Sha256 };
        var properties = new JsonObject { ["pages"] = paper.Pages, ["elapsedMs"] = report.ElapsedMs };
        if (!string.IsNullOrWhiteSpace(paper.Title)) properties["title"] = paper.Title;
        artifact["properties"] = properties;
        return artifact;
    }

    private static JsonObject Result(VariableResult result, SarifRules rules, Func<JsonObject> artifactLocation)
    {
        var kind = Kind(result);
        var rationale = string.IsNullOrWhiteSpace(result.Rationale) ? "" : " — " + result.Rationale;
        var message = $"{rules.Title(result.Id)}: {result.Verdict} (confidence {result.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}){rationale}";

        var locations = new JsonArray();
        foreach (var e in result.Evidence)
        {
            var properties = new JsonObject { ["page"] = e.Page, ["rule"] = e.Rule };
            if (e.Verified is { } verified) properties["verified"] = verified;
            locations.Add(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = artifactLocation(),
                    ["region"] = new JsonObject { ["snippet"] = new JsonObject { ["text"] = e.Quote } },
                },
                ["properties"] = properties,
            });
        }
        if (locations.Count == 0)
            locations.Add(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = artifactLocation() } });

        var resultProperties = new JsonObject
        {
            ["variable"] = result.Variable,
            ["verdict"] = result.Verdict,
            ["confidence"] = result.Confidence,
            ["source"] = result.Source,
            ["evidenceRules"] = new JsonArray([.. result.Evidence.Select(e => e.Rule).Distinct(StringComparer.Ordinal).Select(r => JsonValue.Create(r))]),
        };
        if (!string.IsNullOrWhiteSpace(result.Flag)) resultProperties["flag"] = result.Flag;

        return new JsonObject
        {
            ["ruleId"] = result.Id,
            ["ruleIndex"] = rules.IndexOf(result.Id),
            ["kind"] = kind,
            ["level"] = kind == "fail" ? "note" : "none",
            ["rank"] = Math.Round(Math.Clamp(result.Confidence, 0, 1) * 100, 1),
            ["message"] = new JsonObject { ["text"] = message },
            ["locations"] = locations,
            ["properties"] = resultProperties,
        };
    }

    private static string Kind(VariableResult result) =>
        !string.IsNullOrWhiteSpace(result.Flag) ? "review"
        : result.Verdict == "Yes" ? "pass"
        : result.Verdict == "No" ? "fail"
        : "informational";

    private static JsonObject Notification(DiagnosticEntry d, JsonObject artifactLocation)
    {
        var location = new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = artifactLocation } };
        if (d.Page is { } page) location["properties"] = new JsonObject { ["page"] = page };
        return new JsonObject
        {
            ["descriptor"] = new JsonObject { ["id"] = d.Id },
            ["level"] = d.Level switch
            {
                DiagnosticLevels.Error => "error",
                DiagnosticLevels.Warning => "warning",
                _ => "note",
            },
            ["message"] = new JsonObject { ["text"] = d.Message },
            ["locations"] = new JsonArray(location),
        };
    }

    private static JsonObject ArtifactLocation(string uri, string? baseId, int index)
    {
        var location = Location(uri, baseId);
        location["index"] = index;
        return location;
    }

    private static JsonObject Location(string uri, string? baseId)
    {
        var location = new JsonObject { ["uri"] = uri };
        if (baseId is not null) location["uriBaseId"] = baseId;
        return location;
    }
}
