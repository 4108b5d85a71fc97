using RuleEngine.Comparison.Import;
using RuleEngine.Comparison.Model;

namespace RuleEngine.Comparison.Analysis;

/// <summary>Pairs the papers of two sides: by id (case-insensitive), else by title (letters and digits only).</summary>
public static class PaperMatcher
{
    public static (IReadOnlyList<PaperPair> Pairs, IReadOnlyList<string> OnlyHeuristic, IReadOnlyList<string> OnlyLlm) Match(VerdictCollection heuristic, VerdictCollection llm)
    {
        var byId = heuristic.Papers.GroupBy(p => p.PaperId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byTitle = heuristic.Papers.Where(p => !string.IsNullOrWhiteSpace(p.Title))
            .GroupBy(p => VariableNames.Canonical(p.Title!)).Where(g => g.Key.Length >= 12)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pairs = new List<PaperPair>();
        var onlyLlm = new List<string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in llm.Papers)
        {
            var match = byId.GetValueOrDefault(paper.PaperId)
                ?? (string.IsNullOrWhiteSpace(paper.Title) ? null : byTitle.GetValueOrDefault(VariableNames.Canonical(paper.Title)));
            if (match is null || !used.Add(match.PaperId)) { onlyLlm.Add(paper.PaperId); continue; }
            pairs.Add(new PaperPair(match, paper));
        }
        var onlyHeuristic = heuristic.Papers.Select(p => p.PaperId).Where(id => !used.Contains(id)).ToList();
        return (pairs.OrderBy(p => p.PaperId, StringComparer.Ordinal).ToList(), onlyHeuristic, onlyLlm);
    }
}
