namespace RuleEngine.Engine.Diagnostics;

/// <summary>Stable IDs of the diagnostics the engine itself reports (documented in docs/diagnostics.md).</summary>
public static class EngineDiagnosticIds
{
    /// <summary>A detector threw; its variable has no verdict for this paper (Roslyn's AD0001).</summary>
    public const string DetectorThrew = "RE0001";

    /// <summary>A detector exceeded its time budget and was stopped for this paper.</summary>
    public const string DetectorTimedOut = "RE0002";

    /// <summary>A detector reported a verdict its descriptor does not allow, or no verdict at all.</summary>
    public const string InvalidVerdict = "RE0003";

    /// <summary>Evidence whose quote is not in the paper's text was dropped.</summary>
    public const string EvidenceNotFound = "RE0004";

    /// <summary>A plugin could not be loaded (bad assembly, incompatible SDK version).</summary>
    public const string PluginLoadFailed = "RE0005";

    /// <summary>A page could not be read; the rest of the paper was analysed.</summary>
    public const string PageUnreadable = "RE0100";

    /// <summary>The PDF is encrypted.</summary>
    public const string Encrypted = "RE0101";

    /// <summary>The file is not a PDF or cannot be parsed.</summary>
    public const string NotAPdf = "RE0102";

    /// <summary>The PDF is truncated or corrupt.</summary>
    public const string Corrupt = "RE0103";

    /// <summary>The PDF has no text layer (scanned).</summary>
    public const string NoTextLayer = "RE0104";

    /// <summary>The paper exceeded the per-paper time budget.</summary>
    public const string PaperTimedOut = "RE0105";

    /// <summary>The file does not exist or cannot be opened.</summary>
    public const string FileUnreadable = "RE0106";

    /// <summary>The file is larger than the configured size limit.</summary>
    public const string FileTooLarge = "RE0107";

    /// <summary>Text no reader can see (invisible, off the page, white on nothing, under 1 pt) was left out of the paper.</summary>
    public const string HiddenTextDropped = "RE0108";
}
