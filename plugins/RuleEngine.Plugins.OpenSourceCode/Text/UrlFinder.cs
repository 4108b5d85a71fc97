using System.Text.RegularExpressions;

namespace RuleEngine.Plugins.OpenSourceCode.Text;

/// <summary>A URL found in text: where it is printed and its repaired form (line-break spaces removed).</summary>
internal readonly record struct FoundUrl(int Start, int Length, string Url)
{
    /// <summary>Host, lower-case, without scheme and <c>www.</c>.</summary>
    public string Host => UrlFinder.HostOf(Url);
}

/// <summary>
/// Finds URLs printed in running text, including URLs that PDF extraction broke across lines
/// ("https: //github.com/a/ b", "www.bitbucket. org/x").
/// </summary>
internal static partial class UrlFinder
{
    public static List<FoundUrl> Find(string text)
    {
        var found = new List<FoundUrl>();
        foreach (Match m in Start().Matches(text))
        {
            if (found.Count > 0 && m.Index < found[^1].Start + found[^1].Length) continue;
            var end = m.Index + m.Length;
            // Take the rest of the token.
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            // Join continuations broken at a line end.
            for (var joins = 0; joins < 3; joins++)
            {
                var last = text[end - 1];
                if (last is not ('/' or '.' or '-' or '_' or '~')) break;
                var next = end;
                while (next < text.Length && text[next] == ' ') next++;
                if (next == end || next >= text.Length || next - end > 2) break;
                var tokenEnd = next;
                while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd])) tokenEnd++;
                // Punctuation closing the sentence or a list is not part of the continuation: "github.com/ Owner/Repo,".
                var token = text[next..tokenEnd].TrimEnd('.', ',', ';', ':', ')');
                var ok = last == '.' ? TldStart().IsMatch(token) || Continuation().IsMatch(token) : Continuation().IsMatch(token);
                if (ok && PlainWord().IsMatch(token))
                {
                    // "https://github.com/owner/ repo" (a bare word) joins only where a repository name is missing.
                    var sofar = Squeeze(text[m.Index..end]);
                    ok = last == '/' && PathOf(sofar).TrimEnd('/').Split('/').Length == 1 && PathOf(sofar).Length > 1;
                }
                if (!ok) break;
                end = tokenEnd;
            }
            var raw = text[m.Index..end];
            var url = Squeeze(raw).TrimEnd('.', ',', ';', ':', ')', ']', '}', '\'', '"', '’', '”');
            if (url.Length < 6) continue;
            found.Add(new FoundUrl(m.Index, end - m.Index, url));
        }
        return found;
    }

    public static string HostOf(string url)
    {
        var u = url;
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (slash >= 0) u = u[..slash];
        u = u.ToLowerInvariant();
        return u.StartsWith("www.", StringComparison.Ordinal) ? u[4..] : u;
    }

    /// <summary>The path after the host, without leading slash.</summary>
    public static string PathOf(string url)
    {
        var u = url;
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        var slash = u.IndexOf('/');
        return slash < 0 ? "" : u[(slash + 1)..];
    }

    private static string Squeeze(string s) => s.Contains(' ') ? s.Replace(" ", "", StringComparison.Ordinal) : s;

    [GeneratedRegex(@"https?\s?:\s?//\s?|(?<![\w@.\-/])www\.|(?<![\w@.\-/])(?:[a-z0-9\-]+\.)*(?:github|gitlab|bitbucket)\.\s?(?:com|org|io)\b|(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+(?:com|org|net|edu|io|ai|de|uk|fr|cn|ch|jp|ca|nl|gov)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"^[\w~%][\w\-./~%#?=&+]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^[A-Za-z]+[.,;:)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"^(?:com|org|net|edu|io|ai|de|uk|fr|cn|ch|jp|ca|nl|gov)(?:/|\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TldStart();
}
