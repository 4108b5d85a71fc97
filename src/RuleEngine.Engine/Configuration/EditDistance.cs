namespace RuleEngine.Engine.Configuration;

/// <summary>Levenshtein distance (insertions, deletions, substitutions), for "did you mean …?" suggestions.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="typed"/>, if it is close enough to be a typo (at most a third of its length, at least 1, at most 3 edits).</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(typed.Length / 3, 1, 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Between(typed, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }
}
