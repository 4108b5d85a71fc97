namespace RuleEngine.Sdk;

/// <summary>Well-known categories of variables.</summary>
public static class RuleCategories
{
    public const string Reproducibility = "Reproducibility";
    public const string Artefacts = "Artefacts";
    public const string Method = "Method";
    public const string Provenance = "Provenance";
}
