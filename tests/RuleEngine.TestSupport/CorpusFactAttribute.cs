namespace RuleEngine.TestSupport;

/// <summary>A fact that needs ../shared/corpus; skipped (not failed) when the corpus is not beside the repo.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!RepoPaths.HasCorpus) Skip = "../shared/corpus is not available";
    }
}

/// <summary>A theory that needs ../shared/corpus; skipped when the corpus is not beside the repo.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!RepoPaths.HasCorpus) Skip = "../shared/corpus is not available";
    }
}
