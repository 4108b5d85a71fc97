namespace RuleEngine.Comparison.Import;

/// <summary>
/// The published raw format's variable keys and integer results, as <c>corpus/llm/README.md</c> gives them:
/// <c>research_type</c> 0 Experimental / 1 Theoretical; <c>affiliation</c> 0 Academia / 1 Collaboration /
/// 2 Industry; 0 No / 1 Yes for the rest; <c>train</c> is Open Datasets and <c>validation</c> Dataset Splits.
/// Other raw keys are variables outside our nine and are ignored.
/// </summary>
public static class RawVerdictCodes
{
    private static readonly string[] YesNo = ["No", "Yes"];

    private static readonly Dictionary<string, (string Key, string[] Values)> Keys = new(StringComparer.Ordinal)
    {
        ["research_type"] = ("ResearchType", ["Experimental", "Theoretical"]),
        ["affiliation"] = ("ResearcherAffiliation", ["Academia", "Collaboration", "Industry"]),
        ["pseudocode"] = ("Pseudocode", YesNo),
        ["open_source_code"] = ("OpenSourceCode", YesNo),
        ["train"] = ("OpenDatasets", YesNo),
        ["validation"] = ("DatasetSplits", YesNo),
        ["hardware_specification"] = ("HardwareSpecification", YesNo),
        ["software_dependencies"] = ("SoftwareDependencies", YesNo),
        ["experiment_setup"] = ("ExperimentSetup", YesNo),
    };

    public static bool IsKnown(string rawKey) => Keys.ContainsKey(rawKey);

    /// <summary>The variable key and verdict of a raw result, or null when the key is not one of ours or the code is out of range.</summary>
    public static (string Variable, string Verdict)? Decode(string rawKey, int code) =>
        Keys.TryGetValue(rawKey, out var v) && code >= 0 && code < v.Values.Length ? (v.Key, v.Values[code]) : null;
}
