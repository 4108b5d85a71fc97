namespace RuleEngine.Comparison.Model;

/// <summary>All papers of one side of a comparison, and what to call that side ("heuristic", "gemini-2.5-flash").</summary>
public sealed record VerdictCollection(string Label, IReadOnlyList<PaperVerdicts> Papers)
{
    /// <summary>Lines worth telling the user about the import (skipped rows, unmapped keys).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Both collections as one (later papers with the same id win).</summary>
    public VerdictCollection Merge(VerdictCollection other) => new(
        Label == other.Label ? Label : $"{Label} + {other.Label}",
        Papers.Concat(other.Papers).GroupBy(p => p.PaperId, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList())
    {
        Warnings = [.. Warnings, .. other.Warnings],
    };
}
