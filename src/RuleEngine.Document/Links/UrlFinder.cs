using System.Text.RegularExpressions;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Links;

/// <summary>
/// Finds URLs printed in the text — http(s)://, ftp://, www. and bare hosts with a path such as
/// github.com/x/y — with trailing punctuation stripped; and tells whether a line ends inside a URL
/// that the next line continues ("https://github.com/" + "user/repo"), so lines are joined without a space.
/// </summary>
public static partial class UrlFinder
{
    private const string Tlds = "com|org|net|io|edu|gov|ai|dev|me|info|ly|co|uk|de|fr|cn|jp|ca|au|ch|nl|ru|in|it|es|kr|eu|us|cc|tv|app|page|science|tech|xyz|be|at|se|dk|fi|no|pl|cz|il|sg|hk|tw|br|pt|gr|ie|nz|mil|int|ac";
    private const string UrlChars = @"[^\s<>""{}|\\^`\u201C\u201D]";

    [GeneratedRegex(@"(?<![\p{L}@./-])(?:(?:https?|ftp)://|www\.)" + UrlChars + "+", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeUrl();

    [GeneratedRegex(@"(?<![\w@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + Tlds + @")(?::\d{2,5})?/" + UrlChars + "*", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"(?<![\w@./:-])(?:[a-z0-9-]+\.)+(?:github|gitlab|bitbucket)\.io\b", RegexOptions.IgnoreCase)]
    private static partial Regex PagesHost();

    /// <summary>A URL at the very start of a token: what a line may end inside.</summary>
    [GeneratedRegex(@"^[(\[<""'\u201C]?(?:(?:https?|ftp)://|www\.|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + Tlds + @")(?::\d{2,5})?(?:/|$))", RegexOptions.IgnoreCase)]
    private static partial Regex UrlStart();

    /// <summary>URLs in <c>text[start..end)</c>: (start, length, url as printed without trailing punctuation).</summary>
    public static List<(int Start, int Length, string Url)> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var found = new List<(int, int, string)>();
        // Only whitespace-free tokens with a dot and a slash or "www" can hold a URL: test just those (fast).
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            var ts = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            var len = i - ts;
            if (len < 5) continue;
            var token = text.AsSpan(ts, len);
            if (token.IndexOf('.') < 0) continue;
            if (token.IndexOf('/') < 0 && token.IndexOf("www.", StringComparison.OrdinalIgnoreCase) < 0
                && token.IndexOf(".io", StringComparison.OrdinalIgnoreCase) < 0) continue;
            FindInToken(text, ts, len, found);
        }
        return found;
    }

    private static void FindInToken(string text, int ts, int len, List<(int, int, string)> found)
    {
        var taken = found.Count;
        foreach (var regex in new[] { SchemeUrl(), BareUrl(), PagesHost() })
        {
            var m = regex.Match(text, ts, len);
            while (m.Success)
            {
                var url = TrimTrailing(m.Value);
                var index = m.Index;
                // "1github.com/x": a footnote marker glued to a bare host.
                var lead = 0;
                while (lead < url.Length && char.IsDigit(url[lead])) lead++;
                if (lead is > 0 and <= 2 && lead < url.Length && char.IsLetter(url[lead])
                    && (url.AsSpan(lead).StartsWith("github.", StringComparison.OrdinalIgnoreCase) || url.AsSpan(lead).StartsWith("gitlab.", StringComparison.OrdinalIgnoreCase)
                        || url.AsSpan(lead).StartsWith("bitbucket.", StringComparison.OrdinalIgnoreCase) || url.AsSpan(lead).StartsWith("huggingface.", StringComparison.OrdinalIgnoreCase)))
                {
                    url = url[lead..];
                    index += lead;
                }
                var overlaps = false;
                for (var k = taken; k < found.Count; k++)
                    if (index < found[k].Item1 + found[k].Item2 && found[k].Item1 < index + url.Length) overlaps = true;
                if (url.Length > 4 && !overlaps && IsPlausible(url)) found.Add((index, url.Length, url));
                m = m.NextMatch();
            }
        }
        if (found.Count - taken > 1) found.Sort(taken, found.Count - taken, Comparer<(int, int, string)>.Create((a, b) => a.Item1.CompareTo(b.Item1)));
    }

    private static bool IsPlausible(string url)
    {
        // "www." alone, or a scheme with nothing after it.
        var i = url.IndexOf("://", StringComparison.Ordinal);
        var rest = i >= 0 ? url[(i + 3)..] : url;
        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        return rest.Length >= 3 && rest.Contains('.');
    }

    /// <summary>Drops trailing sentence punctuation and unbalanced closing brackets from a URL candidate.</summary>
    public static string TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '\u2019' or '\u201D' or '>' or '*' or '\u2020' or '\u2021')
            {
                end--;
                continue;
            }
            if (c is ')' or ']' or '}')
            {
                var open = c switch { ')' => '(', ']' => '[', _ => '{' };
                var span = url.AsSpan(0, end);
                if (span.Count(open) < span.Count(c)) { end--; continue; }
            }
            break;
        }
        return url[..end];
    }

    /// <summary>
    /// Whether <paramref name="line"/> ends inside a URL that <paramref name="next"/> continues, so the two
    /// are joined without a space: "https://github.com/" + "user/repo", "www.bitbucket." + "org/x",
    /// "https://github.com/LukeBai" + "ley181/sgs".
    /// </summary>
    public static bool ContinuesAcrossLines(string line, string next)
    {
        if (line.Length == 0 || next.Length == 0) return false;
        var sp = line.LastIndexOf(' ');
        var tail = line[(sp + 1)..];
        if (tail.Length < 4) return false;
        var nsp = next.IndexOf(' ');
        var head = nsp < 0 ? next : next[..nsp];
        if (head.Length == 0 || !(char.IsLetterOrDigit(head[0]) || head[0] is '/' or '_' or '~' or '#' or '?' or '=' or '&' or '%' or '-' or '.'))
            return false;
        if (head.StartsWith("http", StringComparison.OrdinalIgnoreCase) || head.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return false;

        var last = tail[^1];
        var tailIsUrl = UrlStart().IsMatch(tail);
        if (tailIsUrl && last is '/' or '-' or '_' or '~' or '#' or '?' or '=' or '&' or '%' or ':')
        {
            // "https://github.com/x/" + "Then we …": a sentence goes on, unless only the host was printed so far.
            if (char.IsUpper(head[0]) && head.All(char.IsLetter) && nsp >= 0 && PathSegments(tail) >= 1) return false;
            return true;
        }

        if (last == '.')
        {
            // "www.bitbucket." + "org/gfrances", "gfrances.github." + "io/pubs": the next token completes a host.
            var firstSeg = head;
            var cut = firstSeg.IndexOfAny(['/', '.', ',', ';', ':', ')']);
            if (cut >= 0) firstSeg = firstSeg[..cut];
            if (firstSeg.Length == 0 || !firstSeg.All(c => char.IsLower(c) || char.IsDigit(c))) return false;
            var isTld = Tlds.Split('|').Contains(firstSeg);
            if (!(isTld || head.Contains('/'))) return false;
            var joined = tail + head;
            return UrlStart().IsMatch(joined) && (tailIsUrl || tail.Count(c => c == '.') >= 1) && LooksLikeHostTail(tail);
        }

        // Broken in the middle of a path segment: only when the next token continues a path.
        if (tailIsUrl && (char.IsLetterOrDigit(last)) && (tail.Contains("://") || tail.Contains('/'))
            && (head.Contains('/') || head.Contains('_') || head.Contains('#') || head.Contains('=')))
            return !char.IsUpper(head[0]) || head.Contains('/');
        return false;
    }

    /// <summary>Non-empty path segments after the host: "https://github.com/x/" → 1.</summary>
    private static int PathSegments(string url)
    {
        var i = url.IndexOf("://", StringComparison.Ordinal);
        var u = i >= 0 ? url[(i + 3)..] : url;
        var slash = u.IndexOf('/');
        return slash < 0 ? 0 : u[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>"www.bitbucket." / "gfrances.github." / "https://x.cs.": text that can only go on as a host.</summary>
    private static bool LooksLikeHostTail(string tail)
    {
        var t = tail.TrimStart('(', '[', '<', '"');
        var i = t.IndexOf("://", StringComparison.Ordinal);
        if (i >= 0) t = t[(i + 3)..];
        if (t.Contains('/')) return true; // inside a path: "https://x.org/a." + "b/c" is rare but harmless
        var labels = t.TrimEnd('.').Split('.');
        return labels.Length >= 1 && labels.All(lb => lb.Length >= 2 && lb.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && (t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || labels.Length >= 2 || tail.Contains("://"));
    }

    /// <summary>Canonical form for comparing two URIs: no scheme, no "www.", lower-case host, no trailing slash.</summary>
    public static string Canonical(string uri)
    {
        var u = uri.Trim();
        var i = u.IndexOf("://", StringComparison.Ordinal);
        if (i >= 0) u = u[(i + 3)..];
        if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) u = u[4..];
        u = u.Replace("%7E", "~", StringComparison.OrdinalIgnoreCase).Replace("%7e", "~");
        u = TrimTrailing(u).TrimEnd('/');
        var slash = u.IndexOf('/');
        return slash < 0 ? u.ToLowerInvariant() : u[..slash].ToLowerInvariant() + u[slash..];
    }

    /// <summary>Text links for a whole document: one per printed URL, with its page.</summary>
    public static List<Hyperlink> FindLinks(string text, Func<int, int> pageOf)
    {
        var links = new List<Hyperlink>();
        foreach (var (s, len, url) in Find(text))
            links.Add(new Hyperlink(url, pageOf(s), new TextSpan(s, len), LinkOrigin.Text));
        return links;
    }
}
