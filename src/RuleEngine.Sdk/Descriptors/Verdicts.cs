namespace RuleEngine.Sdk;

/// <summary>Verdict spellings shared by the built-in variables (as in the spec).</summary>
public static class Verdicts
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Experimental = "Experimental";
    public const string Theoretical = "Theoretical";
    public const string Academia = "Academia";
    public const string Industry = "Industry";
    public const string Collaboration = "Collaboration";

    public static readonly IReadOnlyList<string> YesNo = [Yes, No];
}
