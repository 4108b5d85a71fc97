using System.Text.RegularExpressions;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Finds e-mail addresses in text, expanding brace groups ("{a, b}@cs.x.edu" → a@cs.x.edu,
/// b@cs.x.edu) and closing up the spaced small-capital form some styles print
/// ("AMIT. DANIELY @ MAIL . HUJI . AC . IL" → amit.daniely@mail.huji.ac.il).
/// </summary>
public static partial class EmailFinder
{
    private const string Domain = @"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}";

    [GeneratedRegex(@"\{(?<list>[^{}@]{1,300})\}\s?@\s?(?<domain>" + Domain + ")")]
    private static partial Regex BraceGroup();

    [GeneratedRegex(@"(?<![\w.+-])(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]*)\s?@\s?(?<domain>" + Domain + ")")]
    private static partial Regex Simple();

    [GeneratedRegex(@"(?<![\w.])(?<local>[A-Z0-9]+(?:\s?\.\s?[A-Z0-9]+)*)\s@\s(?<domain>[A-Z0-9-]+(?:\s?\.\s?[A-Z0-9-]+)+)\b")]
    private static partial Regex SpacedCaps();

    /// <summary>The addresses in <paramref name="text"/>, in order of appearance, without duplicates.</summary>
    public static List<string> Find(string text)
    {
        var found = new List<(int At, string Email)>();
        var covered = new List<(int S, int E)>();
        foreach (Match m in BraceGroup().Matches(text))
        {
            var domain = m.Groups["domain"].Value;
            foreach (var part in m.Groups["list"].Value.Split([',', '|', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                var local = part.Trim().Trim('\'', '"');
                if (local.Length > 0 && local.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+'))
                    found.Add((m.Index, local + "@" + domain));
            }
            covered.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in Simple().Matches(text))
        {
            if (covered.Any(c => m.Index < c.E && c.S < m.Index + m.Length)) continue;
            var domain = m.Groups["domain"].Value.TrimEnd('.');
            found.Add((m.Index, m.Groups["local"].Value.TrimEnd('.') + "@" + domain));
            covered.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in SpacedCaps().Matches(text))
        {
            if (covered.Any(c => m.Index < c.E && c.S < m.Index + m.Length)) continue;
            var email = (m.Groups["local"].Value + "@" + m.Groups["domain"].Value).Replace(" ", "").ToLowerInvariant();
            found.Add((m.Index, email));
        }
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, e) in found.OrderBy(f => f.At))
        {
            var email = e.Any(char.IsLower) ? e : e.ToLowerInvariant(); // small capitals: "FH@INFORMATIK.UNI-FREIBURG.DE"
            if (seen.Add(email)) result.Add(email);
        }
        return result;
    }
}
