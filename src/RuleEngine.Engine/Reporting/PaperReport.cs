using System.Text.Json.Serialization;

namespace RuleEngine.Engine.Reporting;

/// <summary>One paper's report, shaped exactly as ../shared/spec/report-format.md (schemaVersion 1).</summary>
public sealed record PaperReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required PaperInfo Paper { get; init; }
    public IReadOnlyList<VariableResult> Variables { get; init; } = [];
    public IReadOnlyList<DiagnosticEntry> Diagnostics { get; init; } = [];
    public long ElapsedMs { get; init; }

    /// <summary>
    /// Which engine and rules produced the report (an added field, allowed by the format): resumable runs
    /// skip a paper only when its content hash and this signature both match.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EngineStamp? Engine { get; init; }

    /// <summary>True when the paper could not be read at all (no variables, an error diagnostic).</summary>
    [JsonIgnore]
    public bool Failed => Variables.Count == 0 && Diagnostics.Any(d => d.Level == DiagnosticLevels.Error);
}

/// <summary>The engine version and a signature of the detectors, rule data and configuration of a run.</summary>
public sealed record EngineStamp(string Version, string Signature);

/// <summary>Identity of the analysed file.</summary>
public sealed record PaperInfo(string File, string Sha256, int Pages, string? Title)
{
    /// <summary>Path as given on the command line (an added field; lets results be summarised by folder).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>The title block's author lines as printed (an added field, for the HTML page); null when none was found.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Authors { get; init; }
}

/// <summary>One variable's verdict with its evidence.</summary>
public sealed record VariableResult
{
    public required string Id { get; init; }
    public required string Variable { get; init; }
    public required string Name { get; init; }
    public required string Verdict { get; init; }
    public double Confidence { get; init; }
    public string Source { get; init; } = VerdictSources.Heuristic;
    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];
    public string Rationale { get; init; } = "";

    /// <summary>Set when evidence (e.g. an LLM's quote) could not be found in the paper's text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Flag { get; init; }
}

/// <summary>A quote with its page and the rule that produced it.</summary>
public sealed record EvidenceEntry(string Quote, int Page, string Rule)
{
    /// <summary>False when the quote was not found verbatim in the paper (only imported/LLM evidence can be).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Verified { get; init; }
}

/// <summary>An engine diagnostic attached to a paper.</summary>
public sealed record DiagnosticEntry(string Id, string Level, string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page = null);

public static class DiagnosticLevels
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

public static class VerdictSources
{
    public const string Heuristic = "heuristic";
    public const string Llm = "llm";
    public const string Imported = "imported";
}
